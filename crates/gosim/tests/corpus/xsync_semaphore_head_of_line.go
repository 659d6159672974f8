package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(4)
	sem.Acquire(ctx, 3)
	done := make(chan bool)
	go func() {
		sem.Acquire(ctx, 4)
		fmt.Println("big waiter got all 4")
		sem.Release(4)
		done <- true
	}()
	// A zero-weight probe changes nothing and fails only once a waiter is queued.
	for sem.TryAcquire(0) {
		sem.Release(0)
		runtime.Gosched() // let the waiter run
	}
	fmt.Println("TryAcquire(1):", sem.TryAcquire(1), "although 1 token is free")
	small := make(chan bool)
	go func() {
		sem.Acquire(ctx, 1)
		fmt.Println("small waiter got 1")
		sem.Release(1)
		small <- true
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("releasing 3")
	sem.Release(3)
	<-done
	<-small
	fmt.Println("all free:", sem.TryAcquire(4))
}
