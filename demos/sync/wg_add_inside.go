// Exercise: Add is called inside the new goroutine instead of before the go
// statement.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var finished atomic.Int32
	for i := 1; i <= 2; i++ {
		go func() {
			wg.Add(1) // too late: main may already be past Wait
			defer wg.Done()
			finished.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println("finished workers:", finished.Load())
}
