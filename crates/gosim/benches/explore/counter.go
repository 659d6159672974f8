package main

import (
	"fmt"
	"sync"
)

// The benchmark harness sets this line (benches/explore/programs.rs): counter2,
// counter3 and counter4 are this program with 2, 3 and 4 workers.
const workers = 2

func main() {
	var mu sync.Mutex
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("n =", n)
}
