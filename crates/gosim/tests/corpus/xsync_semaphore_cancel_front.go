package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
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
