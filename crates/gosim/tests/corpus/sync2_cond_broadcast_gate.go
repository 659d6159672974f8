package main

import (
	"fmt"
	"sync"
)

// A start gate: runners wait on a Cond until the starter broadcasts.
func main() {
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	open := false
	started := 0
	var ready, done sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			mu.Lock()
			ready.Done()
			for !open {
				gate.Wait()
			}
			started++
			mu.Unlock()
			results[i] = fmt.Sprintf("runner%d", i)
		}(i)
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("started before the gate opens:", started)
	open = true
	gate.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("started:", started)
	fmt.Println(results)
}
