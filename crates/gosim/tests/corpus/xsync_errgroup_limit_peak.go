package main

// errgroup.Group's SetLimit: with a limit of 2, Go blocks while two tasks hold the
// tokens (limited: the peak is 2); with no limit set, no token is held, so SetLimit
// may be called while tasks run and a negative limit removes it (unlimited).

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// tracker counts the tasks running now and the most that ever ran at once, and sums
// what the tasks that ended added.
type tracker struct {
	mu                 sync.Mutex
	running, peak, sum int
}

func (t *tracker) enter() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.running++
	if t.running > t.peak {
		t.peak = t.running
	}
}

func (t *tracker) leave(add int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.running--
	t.sum += add
}

func main() {
	limited()
	unlimited()
}

func limited() {
	var g errgroup.Group
	g.SetLimit(2)
	var t tracker
	for i := 1; i <= 6; i++ {
		// Go blocks here while two tasks hold the two tokens.
		g.Go(func() error {
			t.enter()
			time.Sleep(time.Millisecond)
			t.leave(i)
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait())
	fmt.Println("sum:", t.sum, "peak:", t.peak)
}

func unlimited() {
	var g errgroup.Group
	var t tracker
	release := make(chan bool)
	started := make(chan bool)
	for range 3 {
		g.Go(func() error {
			t.enter()
			started <- true
			<-release
			t.leave(0)
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
	fmt.Println("Wait:", g.Wait(), "peak:", t.peak)
}
