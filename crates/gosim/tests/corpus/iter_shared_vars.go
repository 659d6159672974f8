package main

import (
	"fmt"
	"sync"
)

func evens(limit int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sum, last := 0, -1
	var seen []int
	for v := range evens(10) {
		sum += v
		last = v
		seen = append(seen, v)
	}
	fmt.Println(sum, last, seen)

	// Assigning to existing variables rather than declaring new ones.
	var x int
	for x = range evens(7) {
	}
	fmt.Println("x after loop:", x)

	// Each iteration has its own variable: closures see different values.
	var fs []func() int
	for v := range evens(6) {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Goroutines started from the body.
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for v := range evens(20) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
}
