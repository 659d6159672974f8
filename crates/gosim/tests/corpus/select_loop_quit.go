package main

import "fmt"

func main() {
	jobs := make(chan int)
	quit := make(chan string)
	results := make(chan string)

	go func() {
		processed := 0
		for {
			select {
			case j := <-jobs:
				processed++
				results <- fmt.Sprintf("job %d -> %d", j, j*j)
			case reason := <-quit:
				results <- fmt.Sprintf("quitting (%s) after %d jobs", reason, processed)
				return
			}
		}
	}()

	for i := 1; i <= 4; i++ {
		jobs <- i
		fmt.Println(<-results)
	}
	quit <- "main is done"
	fmt.Println(<-results)

	// The worker is gone: a send now would block forever, so use select with default.
	select {
	case jobs <- 5:
		fmt.Println("unexpected: someone took job 5")
	default:
		fmt.Println("no worker left to take job 5")
	}
}
