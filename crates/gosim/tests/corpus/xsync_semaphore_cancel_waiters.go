package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"golang.org/x/sync/semaphore"
)

// A queued waiter whose context ends leaves the queue: from the front it wakes the
// waiters behind it that now fit, from the middle it wakes nobody.
func main() {
	cancelFront()
	cancelMiddle()
}

func cancelFront() {
	bg := context.Background()
	sem := semaphore.NewWeighted(4)
	sem.Acquire(bg, 3)
	bigCtx, cancelBig := context.WithCancel(bg)
	got := make(chan string, 2)
	go func() {
		err := sem.Acquire(bigCtx, 4)
		got <- fmt.Sprint("big: ", err)
	}()
	time.Sleep(5 * time.Millisecond)
	go func() {
		err := sem.Acquire(bg, 1)
		got <- fmt.Sprint("small: ", err)
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("small blocked behind big:", len(got) == 0)
	// The big waiter gives up. It was at the front and a token is free, so
	// leaving wakes the small one.
	cancelBig()
	results := []string{<-got, <-got}
	sort.Strings(results)
	fmt.Println(results[0])
	fmt.Println(results[1])
	fmt.Println("TryAcquire(1) with 3+1 held:", sem.TryAcquire(1))
	sem.Release(4)
	fmt.Println("TryAcquire(4) after Release(4):", sem.TryAcquire(4))
}

func cancelMiddle() {
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
