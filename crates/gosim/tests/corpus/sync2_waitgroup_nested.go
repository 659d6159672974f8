package main

import (
	"fmt"
	"sync"
)

// Each team runs its own WaitGroup; the outer group waits for the teams.
func main() {
	teams := [][]int{{1, 2, 3}, {10, 20}, {100, 200, 300, 400}}
	sums := make([]int, len(teams))
	var outer sync.WaitGroup
	for t, members := range teams {
		outer.Add(1)
		go func(t int, members []int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, len(members))
			for i, m := range members {
				inner.Add(1)
				go func(i, m int) {
					defer inner.Done()
					parts[i] = m * 2
				}(i, m)
			}
			inner.Wait()
			for _, p := range parts {
				sums[t] += p
			}
		}(t, members)
	}
	outer.Wait()
	for t, s := range sums {
		fmt.Printf("team %d: %d\n", t, s)
	}
}
