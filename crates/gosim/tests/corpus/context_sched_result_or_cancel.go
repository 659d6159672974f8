// gosim: schedule-dependent
package main

import (
	"context"
	"fmt"
)

// Whichever happens first wins: the result or the cancellation.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	result := make(chan int, 1)
	go func() {
		result <- 42
	}()
	go func() {
		cancel()
	}()
	select {
	case v := <-result:
		fmt.Println("result", v)
	case <-ctx.Done():
		fmt.Println("canceled:", ctx.Err())
	}
}
