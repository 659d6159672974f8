package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var woken []int
	ready := 0
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			ready++
			cond.Wait()
			woken = append(woken, i)
			mu.Unlock()
		}()
		time.Sleep(time.Millisecond) // register in order 0, 1, 2
	}
	for i := 0; i < 3; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	fmt.Println("ready:", ready, "woken in order:", woken)
	mu.Unlock()

	// Broadcast wakes everyone; each re-checks its condition in a loop.
	queue := []int{}
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			mu.Unlock()
		})
	}
	time.Sleep(time.Millisecond)
	mu.Lock()
	queue = append(queue, 1)
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all three saw the item")
	cond.Signal() // no waiters: nothing happens
	fmt.Println("done")
}
