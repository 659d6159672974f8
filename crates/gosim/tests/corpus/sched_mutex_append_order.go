// gosim: schedule-dependent
// A mutex makes the appends safe, but not ordered: the slice's order varies.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var order []string
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			spin := 0
			for i := 0; i < 5000; i++ { // a little work, so goroutines overlap
				spin += i
			}
			mu.Lock()
			order = append(order, fmt.Sprint(name, spin%7))
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order, len(order))
}
