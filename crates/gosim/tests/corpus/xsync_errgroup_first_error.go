package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	boom := errors.New("boom")
	g.Go(func() error {
		<-ctx.Done()
		return ctx.Err()
	})
	g.Go(func() error { return boom })
	g.Go(func() error {
		<-ctx.Done()
		return errors.New("late")
	})
	err := g.Wait()
	fmt.Println("Wait:", err, err == boom)
	fmt.Println("ctx.Err:", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))
}
