// Two goroutines wait on the same WaitGroup. Each Wait adds one to the
// waiter count in the low bits of the state word; the Done that brings the
// counter to zero wakes both.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	woke := make(chan string)
	for _, name := range []string{"A", "B"} {
		go func() {
			wg.Wait()
			woke <- name
		}()
	}
	fmt.Println("main: calling Done")
	wg.Done()
	fmt.Println(<-woke, "returned from Wait")
	fmt.Println(<-woke, "returned from Wait")
}
