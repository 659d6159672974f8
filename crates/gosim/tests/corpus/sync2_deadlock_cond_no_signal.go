package main

import (
	"fmt"
	"sync"
)

// The worker finishes before main starts waiting, and nobody signals afterwards.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	finished := false
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		finished = true
		cond.Signal()
		mu.Unlock()
	}()
	wg.Wait()
	mu.Lock()
	fmt.Println("finished:", finished)
	cond.Wait() // should have been: for !finished { cond.Wait() }
	mu.Unlock()
	fmt.Println("unreachable")
}
