package main

import (
	"fmt"
	"sync"
)

// A start gate: runners wait on a Cond until the starter broadcasts. The Cond's own
// Locker, gate.L, is the lock that guards open and started.
func main() {
	gate := sync.NewCond(new(sync.Mutex))
	open := false
	started := 0
	var ready, done sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			gate.L.Lock()
			ready.Done()
			for !open {
				gate.Wait()
			}
			started++
			gate.L.Unlock()
			results[i] = fmt.Sprintf("runner%d", i)
		}(i)
	}
	ready.Wait()
	gate.L.Lock()
	fmt.Println("started before the gate opens:", started)
	open = true
	gate.Broadcast()
	gate.L.Unlock()
	done.Wait()
	fmt.Println("started:", started)
	fmt.Println(results)
}
