package main

import (
	"fmt"
	"runtime"
)

// The real-Go side of the goroutine_memory benchmark (not run by the engine): bytes of
// goroutine stack and heap that 10,000 goroutines parked in a channel receive add, as
// the runtime's own statistics count them after a collection.
func usage() (stack, heap uint64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse, m.HeapAlloc
}

func main() {
	const n = 10000
	start := make(chan int)
	s0, h0 := usage()
	for i := 0; i < n; i++ {
		go func() { <-start }()
	}
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	s1, h1 := usage()
	fmt.Printf("stack %d B/goroutine, heap %d B/goroutine, total %d\n",
		(s1-s0)/n, (h1-h0)/n, (s1+h1-s0-h0)/n)
	close(start)
}
