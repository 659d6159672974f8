package main

// Readers under RLock and one writer under Lock share a map: no race.

import (
	"fmt"
	"sync"
)

var (
	rw    sync.RWMutex
	table = map[string]int{"a": 1}
)

func read() {
	rw.RLock()
	defer rw.RUnlock()
	_ = table["a"]
}

func main() {
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(read)
	}
	wg.Go(func() {
		rw.Lock()
		table["b"] = 2
		rw.Unlock()
	})
	wg.Wait()
	fmt.Println(len(table))
}
