package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 4
	forks := make([]sync.Mutex, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			first, second := i, (i+1)%n
			if first > second {
				first, second = second, first
			}
			forks[first].Lock()
			forks[second].Lock()
			forks[second].Unlock()
			forks[first].Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("all ate")
}
