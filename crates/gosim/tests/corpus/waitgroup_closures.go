package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int

	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, i*i) // each goroutine has its own i
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// Passing the WaitGroup by pointer to a named function.
	squares := make(map[int]int)
	work := func(n int, wg *sync.WaitGroup) {
		defer wg.Done()
		mu.Lock()
		squares[n] = n * n
		mu.Unlock()
	}
	for n := 1; n <= 5; n++ {
		wg.Add(1)
		go work(n, &wg)
	}
	wg.Wait()
	fmt.Println(squares)

	// A WaitGroup can be reused once Wait has returned.
	rounds := 0
	for r := 0; r < 3; r++ {
		wg.Add(2)
		for k := 0; k < 2; k++ {
			go func() {
				defer wg.Done()
				mu.Lock()
				rounds++
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	fmt.Println("round goroutines finished:", rounds)
}
