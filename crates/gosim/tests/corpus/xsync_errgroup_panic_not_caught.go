package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	defer fmt.Println("main's deferred call never runs: the panic is in another goroutine")
	g.Go(func() error {
		<-ctx.Done()
		return nil
	})
	g.Go(func() error {
		var m map[string]int
		m["x"] = 1 // a task's panic is not turned into an error
		return nil
	})
	fmt.Println(g.Wait())
}
