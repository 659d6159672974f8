package main

// semaphore.Weighted serves waiters first come, first served: a waiter that does not
// fit holds back the smaller ones queued behind it (fifo), and once a waiter is
// queued TryAcquire fails even for what is free (headOfLine).

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	fifo(ctx)
	headOfLine(ctx)
}

func fifo(ctx context.Context) {
	sem := semaphore.NewWeighted(5)
	sem.Acquire(ctx, 5)
	order := make(chan string, 4)
	// Waiters queue in the order they arrive (each given time to queue).
	for _, w := range []struct {
		name string
		n    int64
	}{{"a", 2}, {"b", 4}, {"c", 1}, {"d", 1}} {
		go func() {
			sem.Acquire(ctx, w.n)
			order <- fmt.Sprint(w.name, "(", w.n, ")")
		}()
		time.Sleep(5 * time.Millisecond)
	}
	// 3 free: a(2) fits, b(4) does not, and c and d wait behind b although
	// they would fit.
	sem.Release(3)
	fmt.Println(<-order)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("queued behind b:", len(order) == 0, "TryAcquire(1):", sem.TryAcquire(1))
	// 2 more free (cur 2+2=4 -> 2): still not enough for b.
	sem.Release(2)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("still waiting:", len(order))
	// Now b fits, and c behind it; d does not (1+4+... = 5 held).
	sem.Release(2)
	got := []string{<-order, <-order}
	sort.Strings(got)
	time.Sleep(5 * time.Millisecond)
	fmt.Println(got, "d still waiting:", len(order) == 0)
	sem.Release(1)
	fmt.Println(<-order)
}

func headOfLine(ctx context.Context) {
	sem := semaphore.NewWeighted(4)
	sem.Acquire(ctx, 3)
	waiters := make(chan bool)
	go func() {
		sem.Acquire(ctx, 4)
		fmt.Println("big waiter got all 4")
		sem.Release(4)
		waiters <- true
	}()
	// A zero-weight probe changes nothing and fails only once a waiter is queued.
	for sem.TryAcquire(0) {
		sem.Release(0)
		runtime.Gosched() // let the waiter run
	}
	fmt.Println("TryAcquire(1):", sem.TryAcquire(1), "although 1 token is free")
	go func() {
		sem.Acquire(ctx, 1)
		fmt.Println("small waiter got 1")
		sem.Release(1)
		waiters <- true
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("releasing 3")
	sem.Release(3)
	<-waiters
	<-waiters
	fmt.Println("all free:", sem.TryAcquire(4))
}
