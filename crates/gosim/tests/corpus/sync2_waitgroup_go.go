package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 6)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println("squares:", squares)

	// Go can also be used from inside a task started with Go.
	var mu sync.Mutex
	total := 0
	wg.Go(func() {
		for i := 1; i <= 3; i++ {
			wg.Go(func() {
				mu.Lock()
				total += i * 100
				mu.Unlock()
			})
		}
	})
	wg.Wait()
	fmt.Println("total:", total)
}
