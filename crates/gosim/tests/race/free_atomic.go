package main

// Atomic adds from several goroutines (started with WaitGroup.Go) are no race.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { n.Add(2) })
	}
	wg.Wait()
	fmt.Println(n.Load())
}
