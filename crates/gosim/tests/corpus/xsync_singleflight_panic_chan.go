package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	defer fmt.Println("never printed: the crash comes from another goroutine")
	defer func() {
		// Nothing here can recover it.
		fmt.Println("recover in main:", recover())
	}()
	ch := g.DoChan("k", func() (any, error) {
		panic("the fetch failed")
	})
	fmt.Println("waiting")
	r := <-ch
	fmt.Println("not reached", r)
}
