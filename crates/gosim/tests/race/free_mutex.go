package main

// A counter every goroutine changes under one Mutex: no race.

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range 3 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			counter++
		})
	}
	wg.Wait()
	fmt.Println(counter)
}
