package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	results := make([]int, 4)
	for i := range results {
		g.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("before Wait, ctx.Err:", ctx.Err())
	err := g.Wait()
	fmt.Println("Wait:", err, results)
	// Wait cancels the derived Context even when every task succeeded.
	fmt.Println("after Wait, ctx.Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx), context.Cause(ctx) == context.Canceled)

	// A zero Group works too, with no Context, and Wait on no tasks is nil.
	var zero errgroup.Group
	fmt.Println("empty Wait:", zero.Wait())
	zero.Go(func() error { return nil })
	fmt.Println("zero Group Wait:", zero.Wait())
	// Wait can be called again: the same first error (here none).
	fmt.Println("again:", g.Wait())
}
