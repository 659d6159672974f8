// A function passed to WaitGroup.Go panics. Its Done is never called, so
// Wait cannot return and main cannot exit before the panic ends the program.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		panic("fetch failed")
	})
	wg.Wait()
	fmt.Println("main: all done")
}
