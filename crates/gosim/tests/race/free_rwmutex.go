package main

import (
	"fmt"
	"sync"
)

var (
	rw    sync.RWMutex
	table = map[string]int{"a": 1}
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = table["a"]
			rw.RUnlock()
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		table["b"] = 2
		rw.Unlock()
	}()
	wg.Wait()
	fmt.Println(len(table))
}
