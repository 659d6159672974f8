package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	g, ctx := errgroup.WithContext(parent)
	started := make(chan bool)
	g.Go(func() error {
		started <- true
		<-ctx.Done()
		// The task stops without an error of its own.
		return nil
	})
	<-started
	cancel(errors.New("shutting down"))
	err := g.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("ctx.Err:", ctx.Err())
	// The parent's cause reaches the group's Context.
	fmt.Println("Cause:", context.Cause(ctx))

	// A task error after the parent is canceled is still the group's error,
	// but the Context keeps the cause it got first.
	parent2, cancel2 := context.WithCancelCause(context.Background())
	g2, ctx2 := errgroup.WithContext(parent2)
	cancel2(errors.New("parent first"))
	g2.Go(func() error { return errors.New("task error") })
	fmt.Println("Wait:", g2.Wait(), "| Cause:", context.Cause(ctx2))
}
