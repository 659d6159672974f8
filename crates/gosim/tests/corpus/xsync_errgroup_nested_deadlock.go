package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

// A task that adds a task to its own limited group: the inner Go waits for a
// token the outer task holds until it returns, which it never does.
func main() {
	var g errgroup.Group
	g.SetLimit(1)
	g.Go(func() error {
		fmt.Println("outer task starts the inner one")
		g.Go(func() error {
			fmt.Println("inner task")
			return nil
		})
		return nil
	})
	fmt.Println(g.Wait())
}
