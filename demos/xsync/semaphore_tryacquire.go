// Exercise: make TryAcquire fail although a token is free.
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(4)
	sem.Acquire(ctx, 3)
	done := make(chan bool)
	go func() {
		sem.Acquire(ctx, 4) // the report needs every token
		fmt.Println("report written")
		sem.Release(4)
		done <- true
	}()
	ok := sem.TryAcquire(1)
	fmt.Println("TryAcquire(1):", ok)
	if ok {
		sem.Release(1)
	}
	sem.Release(3)
	<-done
}
