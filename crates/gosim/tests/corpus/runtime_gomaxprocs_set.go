// Setting GOMAXPROCS as a statement works, and so does reading back a value the
// program set itself; NumCPU dropped or passed straight to GOMAXPROCS runs too.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println(runtime.GOMAXPROCS(0))
	prev := runtime.GOMAXPROCS(2)
	fmt.Println(prev, runtime.GOMAXPROCS(1))
	runtime.NumCPU()
	runtime.GOMAXPROCS(runtime.NumCPU())
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
