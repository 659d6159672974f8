package main

import (
	"fmt"
	"sync"
)

// A worker pool for the undo benchmark: workers take jobs from a buffered channel,
// count them per worker in a map under a mutex, and send squares back; main sums
// them. In a session every channel operation, lock and shared read or write is a
// step, so the whole run is well over 10,000 steps.
func main() {
	const jobs = 1000
	const workers = 4
	in := make(chan int, 8)
	out := make(chan int, 8)
	var mu sync.Mutex
	perWorker := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
				out <- j * j
			}
		}(w)
	}
	go func() {
		for j := 0; j < jobs; j++ {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println(sum, total)
}
