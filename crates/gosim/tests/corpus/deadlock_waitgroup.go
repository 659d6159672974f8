package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(2) // bug: one Add(2) per goroutine, but each calls Done once
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	fmt.Println("waiting for workers")
	wg.Wait()
	fmt.Println("never printed", total)
}
