package main

import (
	"context"
	"fmt"
)

// A generator that stops when its consumer cancels: the commonest use of context.
func numbers(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	ch := numbers(ctx)
	for n := range ch {
		sum += n
		if n == 10 {
			cancel()
			break
		}
	}
	// Drain until the generator sees the cancellation and closes its channel.
	for range ch {
	}
	fmt.Println("sum:", sum, "err:", ctx.Err())

	// Checking Err in a long loop.
	ctx2, cancel2 := context.WithCancel(context.Background())
	steps := 0
	for i := 0; i < 1000; i++ {
		if ctx2.Err() != nil {
			break
		}
		steps++
		if i == 41 {
			cancel2()
		}
	}
	fmt.Println("steps:", steps)
}
