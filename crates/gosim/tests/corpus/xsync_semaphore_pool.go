package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	running, peak, sum := 0, 0, 0
	for i := 0; i < 10; i++ {
		if err := sem.Acquire(ctx, 1); err != nil {
			fmt.Println("acquire:", err)
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(1)
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			sum += i * i
			running--
			mu.Unlock()
		}()
	}
	// Acquiring every token waits for all workers.
	if err := sem.Acquire(ctx, 3); err != nil {
		fmt.Println(err)
	}
	wg.Wait()
	fmt.Println("sum:", sum, "peak<=3:", peak <= 3)
	fmt.Println("TryAcquire(1) with all held:", sem.TryAcquire(1))
	sem.Release(3)
	fmt.Println("TryAcquire(3) after Release:", sem.TryAcquire(3))
}
