package main

import (
	"context"
	"fmt"
)

// The result, or the cancellation: whichever is ready first when main selects.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	result := make(chan int, 1)
	go func() {
		cancel()
	}()
	go func() {
		result <- 42
	}()
	select {
	case v := <-result:
		fmt.Println("result:", v)
	case <-ctx.Done():
		fmt.Println("canceled:", ctx.Err())
	}
}
