// OnceFunc: the returned function runs f on its first call only. Here f
// panics, so every call panics with the same value, and f still runs just
// once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	runs := 0
	connect := sync.OnceFunc(func() {
		runs++
		panic("connection refused")
	})
	for call := 1; call <= 3; call++ {
		func() {
			defer func() {
				fmt.Println("call", call, "panicked:", recover())
			}()
			connect()
		}()
	}
	fmt.Println("f ran", runs, "time(s)")
}
