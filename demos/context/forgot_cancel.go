package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := id; ; n += 3 {
		select {
		case results <- n * n:
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(ctx, id, results, &wg)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum of five squares:", sum > 0)
	cancel()
	wg.Wait()
	fmt.Println("all workers stopped")
}
