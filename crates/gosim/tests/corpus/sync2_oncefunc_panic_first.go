package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	start := sync.OnceFunc(func() {
		calls++
		fmt.Println("starting, call", calls)
		panic("engine failure")
	})
	// The first call panics out of OnceFunc without being recovered.
	start()
	fmt.Println("unreachable")
}
