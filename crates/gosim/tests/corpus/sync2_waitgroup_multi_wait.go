package main

import (
	"fmt"
	"sync"
)

// Several goroutines wait on the same WaitGroup; all of them wake when it reaches zero.
func main() {
	var work, watchers sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	ready := false
	work.Add(1)
	for i := 0; i < 4; i++ {
		watchers.Add(1)
		go func() {
			defer watchers.Done()
			work.Wait()
			mu.Lock()
			if ready {
				woke++
			}
			mu.Unlock()
		}()
	}
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		work.Done()
	}()
	watchers.Wait()
	work.Wait() // already zero: returns at once
	fmt.Println("watchers that saw ready:", woke)
}
