package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	total int
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		total += 3
		mu.Unlock()
	}()
	fmt.Println(total >= 0)
	wg.Wait()
}
