package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	step := make(chan bool)
	g.Go(func() error {
		// Fails first.
		defer close(step)
		return errors.New("first")
	})
	g.Go(func() error {
		<-step
		return errors.New("second")
	})
	g.Go(func() error {
		<-step
		return nil
	})
	err := g.Wait()
	fmt.Println("Wait:", err)
	// Later errors are dropped, and no Context was involved.
	g.Go(func() error { return errors.New("third") })
	fmt.Println("Wait again:", g.Wait())

	var h errgroup.Group
	errNotFound := errors.New("not found")
	h.Go(func() error { return fmt.Errorf("user 7: %w", errNotFound) })
	err = h.Wait()
	fmt.Println(err, errors.Is(err, errNotFound))
}
