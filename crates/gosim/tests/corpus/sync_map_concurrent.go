// Goroutines share a sync.Map without a lock of their own; Range afterwards sums what
// they stored (its order is random in Go, so only order-free facts are printed).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
			if v, loaded := m.LoadOrStore("first", i); loaded {
				_ = v.(int)
			}
		}()
	}
	wg.Wait()
	sum, keys := 0, []int{}
	m.Range(func(k, v any) bool {
		if n, ok := k.(int); ok {
			keys = append(keys, n)
			sum += v.(int)
		}
		return true
	})
	sort.Ints(keys)
	first, _ := m.Load("first")
	fmt.Println(keys, sum, first.(int) >= 1 && first.(int) <= 8)
	stop := 0
	m.Range(func(k, v any) bool { stop++; return stop < 3 })
	fmt.Println("stopped after", stop)
}
