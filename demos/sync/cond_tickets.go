// Signal wakes the goroutine that has waited longest. Three waiters queue up
// in whatever order the scheduler lets them; main then hands out three
// tickets, one Signal each, and the woken order matches the queued order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ready := sync.NewCond(&mu)   // waiters wait here for a token
	arrived := sync.NewCond(&mu) // main waits here until all three are queued
	var queued []string
	tokens := 0
	woke := make(chan string)

	for _, name := range []string{"A", "B", "C"} {
		go func() {
			mu.Lock()
			queued = append(queued, name)
			arrived.Signal()
			for tokens == 0 {
				ready.Wait()
			}
			tokens--
			mu.Unlock()
			woke <- name
		}()
	}

	mu.Lock()
	for len(queued) < 3 {
		arrived.Wait()
	}
	fmt.Println("queued in order:", queued)
	mu.Unlock()

	for range 3 {
		mu.Lock()
		tokens++
		mu.Unlock()
		ready.Signal()
		fmt.Println("woke:", <-woke)
	}
}
