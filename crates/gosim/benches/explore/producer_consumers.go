package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for c := 0; c < 2; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range ch {
				mu.Lock()
				sum += v
				mu.Unlock()
			}
		}()
	}
	for i := 1; i <= 4; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
	fmt.Println("sum =", sum)
}
