// A three-stage pipeline: one goroutine generates numbers, one squares them, and main
// prints the squares. Each stage closes its output channel once its input is used up,
// which is what lets the `range` loop in the next stage finish.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(generate(4)) {
		fmt.Println(v)
	}
	fmt.Println("done")
}
