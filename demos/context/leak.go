package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var wg sync.WaitGroup

// Each worker offers its answer until the context is canceled.
func worker(ctx context.Context, answer int, results chan<- int) {
	defer wg.Done()
	for {
		select {
		case results <- answer:
		case <-ctx.Done():
			return
		}
	}
}

// first returns the first answer, or an error if it is negative.
func first() (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	wg.Add(2)
	go worker(ctx, -1, results)
	go worker(ctx, 42, results)
	r := <-results
	if r < 0 {
		return 0, errors.New("bad answer")
	}
	cancel()
	return r, nil
}

func main() {
	fmt.Println(first())
	wg.Wait()
	fmt.Println("workers stopped")
}
