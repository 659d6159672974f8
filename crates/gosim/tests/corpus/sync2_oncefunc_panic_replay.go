package main

import (
	"fmt"
	"sync"
)

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
}

func main() {
	calls := 0
	start := sync.OnceFunc(func() {
		calls++
		panic(fmt.Sprintf("engine failure %d", calls))
	})
	try(start)
	try(start)
	fmt.Println("f ran", calls, "time(s)")
	// The remembered panic is raised again on every call.
	start()
}
