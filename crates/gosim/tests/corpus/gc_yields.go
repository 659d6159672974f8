// runtime.GC parks its caller until the cycle's mark phase ends, so goroutines
// already started get to run meanwhile, even with one P.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var ran atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ran.Add(1)
		}()
		runtime.GC()
		fmt.Println("after GC", i, "ran:", ran.Load())
	}
	wg.Wait()
}
