package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	bg := context.Background()
	sem := semaphore.NewWeighted(2)
	sem.Acquire(bg, 2)
	got := make(chan string, 3)
	midCtx, cancelMid := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancelMid()
	for i, ctx := range []context.Context{bg, midCtx, bg} {
		go func() {
			err := sem.Acquire(ctx, 2)
			got <- fmt.Sprint("waiter ", i, ": ", err)
			if err == nil {
				time.Sleep(50 * time.Millisecond)
				sem.Release(2)
			}
		}()
		time.Sleep(5 * time.Millisecond)
	}
	// The middle waiter's deadline passes while it is queued: it leaves the
	// queue without waking anyone (it was not at the front).
	fmt.Println(<-got)
	sem.Release(2)
	fmt.Println(<-got)
	fmt.Println(<-got)
}
