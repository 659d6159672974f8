package main

import (
	"fmt"
	"sync"
)

type Result[T any] struct {
	Index int
	Value T
}

func ParallelMap[T, R any](workers int, in []T, f func(T) R) []R {
	jobs := make(chan int)
	results := make(chan Result[R])
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results <- Result[R]{i, f(in[i])}
			}
		}()
	}
	go func() {
		for i := range in {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]R, len(in))
	for r := range results {
		out[r.Index] = r.Value
	}
	return out
}

func main() {
	lengths := ParallelMap(3, []string{"go", "rust", "c", "zig"}, func(s string) int { return len(s) })
	fmt.Println(lengths)
	squares := ParallelMap(2, []int{1, 2, 3, 4, 5}, func(n int) int { return n * n })
	fmt.Println(squares)
}
