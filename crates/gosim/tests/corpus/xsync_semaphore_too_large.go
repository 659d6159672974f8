package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(3)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	result := make(chan error)
	go func() {
		// More than the semaphore holds: it can only wait for ctx.
		result <- sem.Acquire(ctx, 5)
	}()
	time.Sleep(5 * time.Millisecond)
	// It is not queued, so it blocks nobody.
	fmt.Println("TryAcquire(3) meanwhile:", sem.TryAcquire(3))
	sem.Release(3)
	fmt.Println("too large:", <-result)
	fmt.Println("after:", sem.TryAcquire(3))
}
