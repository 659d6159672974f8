// Three workers and one WaitGroup: main adds one to the counter per worker
// before it starts the worker, each worker calls Done as it finishes, and
// Wait returns once the counter is back to zero.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("worker", i, "done")
		}()
	}
	wg.Wait()
	fmt.Println("all workers done")
}
