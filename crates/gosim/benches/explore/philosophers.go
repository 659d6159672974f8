package main

import (
	"fmt"
	"sync"
)

// The benchmark harness sets these lines (benches/explore/programs.rs):
// philosophers3_deadlock is this program as it is, philosophers4_fixed has n = 4 and
// ordered = true.
const n = 3

// Each philosopher takes its left fork, then its right one (a cycle: the deadlock),
// or, ordered, the lower-numbered fork first (the fix).
const ordered = false

func main() {
	forks := make([]sync.Mutex, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			first, second := i, (i+1)%n
			if ordered && first > second {
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
