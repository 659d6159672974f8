package main

import "fmt"

// Each goroutine waits for its predecessor's signal, prints, then signals its successor,
// so the output order is fixed even though the goroutines start in reverse.
func main() {
	const n = 6
	signals := make([]chan struct{}, n+1)
	for i := range signals {
		signals[i] = make(chan struct{})
	}
	for i := n - 1; i >= 0; i-- {
		go func() {
			<-signals[i]
			fmt.Println("goroutine", i, "runs")
			close(signals[i+1])
		}()
	}
	close(signals[0])
	<-signals[n]
	fmt.Println("all", n, "ran in order")

	// Alternating strictly between two goroutines.
	odd, even := make(chan int), make(chan int)
	finished := make(chan bool)
	go func() {
		for v := range odd {
			fmt.Println("odd ", v)
			even <- v + 1
		}
	}()
	go func() {
		for v := range even {
			fmt.Println("even", v)
			if v == 6 {
				finished <- true
				return
			}
			odd <- v + 1
		}
	}()
	odd <- 1
	<-finished
}
