package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	defer fmt.Println("main's deferred call runs: the panic is an ordinary one")
	v, err, _ := g.Do("k", func() (any, error) { return 1, nil })
	fmt.Println(v, err)
	g.Do("k", func() (any, error) {
		panic(fmt.Sprintf("bad input %d", 42))
	})
	fmt.Println("not reached")
}
