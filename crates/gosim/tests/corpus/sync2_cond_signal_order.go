package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Signal wakes the goroutine that has waited longest.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	waiting := 0
	order := []int{}
	// until yields until ok, read under the lock, holds.
	until := func(ok func() bool) {
		for {
			mu.Lock()
			done := ok()
			mu.Unlock()
			if done {
				return
			}
			runtime.Gosched()
		}
	}
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Go(func() {
			mu.Lock()
			waiting++
			cond.Wait()
			order = append(order, id)
			mu.Unlock()
		})
		// Do not start the next waiter until this one is parked in Wait.
		until(func() bool { return waiting == id })
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		until(func() bool { return len(order) == i+1 })
	}
	wg.Wait()
	fmt.Println("wake order:", order)
}
