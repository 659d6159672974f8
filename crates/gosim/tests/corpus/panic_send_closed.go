package main

import "fmt"

func main() {
	jobs := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	close(jobs)
	<-done
	fmt.Println("worker finished; sending one more job")
	jobs <- 4
	fmt.Println("never printed")
}
