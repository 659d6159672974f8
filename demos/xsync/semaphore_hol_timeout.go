// Head-of-line blocking, and how it ends when the big waiter gives up: 9 of 10
// tokens are held; big queues for 5, small queues behind it for 1 although 1 is
// free. big's context times out: it leaves the queue, and since it was at the
// front with tokens free, it lets the waiters behind it through.
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

var sem = semaphore.NewWeighted(10)

func main() {
	sem.Acquire(context.Background(), 9)
	done := make(chan bool)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
		defer cancel()
		fmt.Println("big:", sem.Acquire(ctx, 5))
		done <- true
	}()
	time.Sleep(time.Millisecond) // big is queued first
	go func() {
		sem.Acquire(context.Background(), 1)
		fmt.Println("small: got 1")
		sem.Release(1)
		done <- true
	}()
	<-done
	<-done
	sem.Release(9)
}
