package main

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
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			hits++ // a write under a read lock: readers run together
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(hits > 0)
}
