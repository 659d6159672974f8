// Exercise: each task adds a follow-up task to the same limited group.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	for _, name := range []string{"a", "b"} {
		g.Go(func() error {
			fmt.Println(name, "running; adding", name+"2")
			g.Go(func() error {
				fmt.Println(name + "2 running")
				return nil
			})
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait())
}
