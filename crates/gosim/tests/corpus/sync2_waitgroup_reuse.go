package main

import (
	"fmt"
	"sync"
)

// One WaitGroup reused for several rounds; each round waits before the next Add.
func main() {
	var wg sync.WaitGroup
	values := []int{1, 2, 3}
	for round := 1; round <= 3; round++ {
		next := make([]int, len(values))
		for i, v := range values {
			wg.Add(1)
			go func() {
				defer wg.Done()
				next[i] = v * round
			}()
		}
		wg.Wait()
		values = next
		fmt.Println("round", round, values)
	}
	wg.Add(0)
	wg.Wait()
	fmt.Println("empty wait returns")
}
