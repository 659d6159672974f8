package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Many goroutines race to claim a job; CompareAndSwap on an atomic.Bool lets exactly one win.
func main() {
	var claimed atomic.Bool
	var winners atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if claimed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("claimed:", claimed.Load(), "winners:", winners.Load())
	fmt.Println("swap back:", claimed.Swap(false), claimed.Load())
	claimed.Store(true)
	fmt.Println(claimed.CompareAndSwap(false, true), claimed.Load())
	var zero atomic.Bool
	fmt.Printf("%v %t\n", zero.Load(), !zero.Load())
}
