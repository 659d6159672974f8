package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
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
