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
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Wait()
			order = append(order, id)
			mu.Unlock()
		}(i)
		// Do not start the next waiter until this one is parked in Wait.
		for {
			mu.Lock()
			n := waiting
			mu.Unlock()
			if n == i {
				break
			}
			runtime.Gosched()
		}
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		for {
			mu.Lock()
			n := len(order)
			mu.Unlock()
			if n == i+1 {
				break
			}
			runtime.Gosched()
		}
	}
	wg.Wait()
	fmt.Println("wake order:", order)
}
