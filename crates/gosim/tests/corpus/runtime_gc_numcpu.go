// gosim: refused 19:13: not supported here: runtime.NumCPU's result (the machine's CPU count; the engine models one CPU)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GC between phases, NumCPU to size a worker pool (the count itself varies
// between machines, so only its use is printed), NumGoroutine before and after.
func main() {
	data := make([][]int, 0)
	for i := 0; i < 100; i++ {
		data = append(data, make([]int, 1000))
	}
	data = nil
	runtime.GC()
	workers := runtime.NumCPU()
	fmt.Println("at least one CPU:", workers >= 1)
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	jobs := make(chan int)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- j * j
			}
		})
	}
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	sum := 0
	for len(results) > 0 {
		sum += <-results
	}
	runtime.GC()
	fmt.Println("sum of squares:", sum, "goroutines after:", runtime.NumGoroutine(), len(data))
}
