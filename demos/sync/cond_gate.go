// Exercise: a starting gate. Runners wait until the gate is open; main opens
// it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	opened := sync.NewCond(&mu)
	open := false
	var wg sync.WaitGroup

	for i := 1; i <= 2; i++ {
		wg.Go(func() {
			mu.Lock()
			for !open {
				opened.Wait()
			}
			mu.Unlock()
			fmt.Println("runner", i, "starts")
		})
	}

	mu.Lock()
	open = true
	mu.Unlock()
	opened.Signal()
	wg.Wait()
}
