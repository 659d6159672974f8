// A limit of 2: one task waits for the group's context, one fails after a
// millisecond, and main's third Go waits for a token meanwhile.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2)
	g.Go(func() error {
		<-ctx.Done() // stops when the group is canceled
		return ctx.Err()
	})
	g.Go(func() error {
		time.Sleep(time.Millisecond)
		return errors.New("disk full")
	})
	g.Go(func() error { return errors.New("late") }) // waits for a token
	err := g.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("ctx.Err:", ctx.Err(), "| Cause:", context.Cause(ctx))
}
