package main

import (
	"fmt"
	"sync/atomic"
)

// A goroutine that polls an atomic in a loop never blocks, yet the goroutines it
// waits for still run: Go preempts a goroutine that keeps its processor too long.
type waitGroup struct {
	counter int64
}

func (wg *waitGroup) Add(n int64) { atomic.AddInt64(&wg.counter, n) }
func (wg *waitGroup) Done()       { atomic.AddInt64(&wg.counter, -1) }

func (wg *waitGroup) Wait() int {
	polls := 0
	for atomic.LoadInt64(&wg.counter) != 0 {
		polls++
	}
	return polls
}

func main() {
	var wg waitGroup
	var sum atomic.Int64
	wg.Add(3)
	for i := 1; i <= 3; i++ {
		go func() {
			defer wg.Done()
			sum.Add(int64(i * 10))
		}()
	}
	wg.Wait()
	fmt.Println("sum:", sum.Load())

	// Spinning on a flag another goroutine sets once it has done its work.
	var ready atomic.Bool
	var result string
	go func() {
		result = "computed"
		ready.Store(true)
	}()
	for !ready.Load() {
	}
	fmt.Println("result:", result)
}
