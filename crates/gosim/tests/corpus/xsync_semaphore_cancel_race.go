// gosim: schedule-dependent
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

// The token is released and the waiter's Context canceled at nearly the same
// time. Whichever the waiter sees, the books balance: a grant that comes with
// (or after) the cancellation is given back, so the token is free at the end.
func main() {
	sem := semaphore.NewWeighted(1)
	bg := context.Background()
	sem.Acquire(bg, 1)
	ctx, cancel := context.WithCancel(bg)
	result := make(chan error)
	go func() { result <- sem.Acquire(ctx, 1) }()
	time.Sleep(5 * time.Millisecond)
	sem.Release(1)
	cancel()
	err := <-result
	if err == nil {
		sem.Release(1)
	}
	fmt.Println("Acquire:", err, "| token free at the end:", sem.TryAcquire(1))
}
