package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(0)
	fmt.Println("TryGo with limit 0:", g.TryGo(func() error { return nil }))
	fmt.Println("Wait:", g.Wait())
	// Go waits for a token that can never come.
	g.Go(func() error { return nil })
	fmt.Println("not reached")
}
