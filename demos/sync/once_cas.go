// Exercise: a Once built from one compare-and-swap. The goroutine that wins
// the CAS runs f; every other caller returns at once.
package main

import (
	"fmt"
	"sync/atomic"
)

type casOnce struct {
	done atomic.Bool
}

func (o *casOnce) Do(f func()) {
	if o.done.CompareAndSwap(false, true) {
		f()
	}
}

var (
	once casOnce
	port int
)

func setup() { port = 8080 }

func main() {
	done := make(chan bool)
	go func() {
		once.Do(setup)
		fmt.Println("worker: port", port)
		done <- true
	}()
	once.Do(setup)
	fmt.Println("main: port", port)
	<-done
}
