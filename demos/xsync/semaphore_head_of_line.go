// Head-of-line blocking: a queued request for 4 holds back a request for 1
// although 1 token is free.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(4)
	sem.Acquire(ctx, 3) // 1 token left
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		sem.Acquire(ctx, 4)
		fmt.Println("big: got 4")
		sem.Release(4)
	}()
	go func() {
		defer wg.Done()
		time.Sleep(time.Millisecond) // arrives after big has queued
		sem.Acquire(ctx, 1)
		fmt.Println("small: got 1")
		sem.Release(1)
	}()
	time.Sleep(2 * time.Millisecond) // both are waiting now
	fmt.Println("main: TryAcquire(1):", sem.TryAcquire(1))
	fmt.Println("main: releasing 3")
	sem.Release(3)
	wg.Wait()
}
