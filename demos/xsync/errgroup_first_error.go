// Three tasks share one Context; the one that fails cancels the others.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error {
		<-ctx.Done()
		fmt.Println("fetch users: stopped:", context.Cause(ctx))
		return ctx.Err()
	})
	g.Go(func() error {
		return errors.New("fetch orders: connection reset")
	})
	g.Go(func() error {
		<-ctx.Done()
		fmt.Println("fetch stock: stopped:", ctx.Err())
		return ctx.Err()
	})
	err := g.Wait()
	fmt.Println("Wait:", err)
}
