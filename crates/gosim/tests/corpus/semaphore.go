package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	var wg sync.WaitGroup
	running, peak := 0, 0
	done := make([]bool, 10)

	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{} // acquire
			defer func() { <-sem }()

			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()

			time.Sleep(10 * time.Millisecond)
			done[i] = true

			mu.Lock()
			running--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("all done:", done)
	fmt.Println("peak within limit:", peak <= limit, "running now:", running)
	fmt.Println("semaphore empty:", len(sem) == 0, "capacity:", cap(sem))
}
