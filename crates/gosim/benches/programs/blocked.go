package main

import "fmt"

// n goroutines, each parked in a channel receive; main then waits for all of them.
// The benchmarks step this program until every worker is blocked (the clone benchmark
// uses n = 100, the memory measurement n = 0 and n = 10000).
const n = 100

func main() {
	start := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			v := <-start
			done <- v
		}()
	}
	for i := 0; i < n; i++ {
		start <- i
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-done
	}
	fmt.Println(total)
}
