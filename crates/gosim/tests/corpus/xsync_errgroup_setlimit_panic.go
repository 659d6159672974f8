package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	release := make(chan bool)
	g.Go(func() error {
		<-release
		return nil
	})
	// At the limit: TryGo does not start the task.
	fmt.Println("TryGo at limit:", g.TryGo(func() error { return nil }))

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		g.SetLimit(2)
	}()
	close(release)
	fmt.Println("Wait:", g.Wait())
	// With no task running, the limit may change.
	g.SetLimit(2)
	fmt.Println("TryGo:", g.TryGo(func() error { return nil }), g.TryGo(func() error { return nil }))
	g.Wait()

	g.SetLimit(1)
	block := make(chan bool)
	g.Go(func() error { <-block; return nil })
	g.SetLimit(3)
	fmt.Println("not reached")
}
