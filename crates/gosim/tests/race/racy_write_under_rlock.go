package main

// A write under a read lock: readers hold the lock together, so two writes race.

import (
	"fmt"
	"sync"
)

var (
	rw   sync.RWMutex
	hits int
)

func main() {
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			rw.RLock()
			hits++
			rw.RUnlock()
		})
	}
	wg.Wait()
	fmt.Println(hits > 0)
}
