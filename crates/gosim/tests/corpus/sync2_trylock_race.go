package main

// gosim: schedule-dependent

import (
	"fmt"
	"sync"
)

// Two goroutines try to grab the same lock without waiting; who wins depends on the schedule.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var resMu sync.Mutex
	got := map[string]bool{}
	for _, name := range []string{"left", "right"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := mu.TryLock()
			resMu.Lock()
			got[name] = ok
			resMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("left:", got["left"], "right:", got["right"])
}
