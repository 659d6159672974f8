package main

import "fmt"

// fromChan ranges over a channel fed by a goroutine.
func fromChan(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		ch := make(chan int)
		done := make(chan struct{})
		go func() {
			defer close(ch)
			for i := 0; i < n; i++ {
				select {
				case ch <- i * i:
				case <-done:
					return
				}
			}
		}()
		defer close(done)
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	for v := range fromChan(5) {
		fmt.Println("square", v)
	}
	for v := range fromChan(100) {
		if v > 20 {
			fmt.Println("stop at", v)
			break
		}
	}
	fmt.Println("done")
}
