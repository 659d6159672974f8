package main

import (
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var mu sync.Mutex
	running, peak := 0, 0
	release := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			started <- true
			<-release
			mu.Lock()
			running--
			mu.Unlock()
			return nil
		})
	}
	<-started
	<-started
	<-started
	// No limit was set, so no token is held: SetLimit does not panic even
	// with three tasks running.
	g.SetLimit(1)
	fmt.Println("TryGo with 3 running but no token held:", g.TryGo(func() error { <-release; return nil }))
	fmt.Println("TryGo again:", g.TryGo(func() error { return nil }))
	// A negative limit removes the limit altogether, even with a token held.
	g.SetLimit(-1)
	fmt.Println("unlimited:", g.TryGo(func() error { return nil }))
	close(release)
	fmt.Println("Wait:", g.Wait(), "peak:", peak)
}
