package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		// Forgot close(ch): the consumer's range never ends.
	}()
	return ch
}

func main() {
	sum := 0
	for v := range produce(4) {
		sum += v
		fmt.Println("received", v, "sum", sum)
	}
	fmt.Println("never printed")
}
