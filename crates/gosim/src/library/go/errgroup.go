package errgroup

// golang.org/x/sync/errgroup as of v0.19.0 (go-facts.md section 7): goroutines
// working on parts of one task, the first error kept (and, with WithContext,
// the shared Context canceled with it as the cause). Written for the engine
// from the facts; the fields, the algorithm and the messages are x/sync's. A
// panic in a task is not caught: v0.16.0 reverted the propagation to Wait.

import (
	"context"
	"fmt"
	"sync"
)

type token struct{}

// A Group's zero value is usable: no limit, and no Context to cancel.
type Group struct {
	cancel func(error)

	wg sync.WaitGroup

	// One token per running task when a limit is set (nil: no limit).
	sem chan token

	errOnce sync.Once
	err     error
}

// done ends a task: its token back, then the WaitGroup.
func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

// WithContext returns a Group and a Context derived from ctx, canceled with the
// first error as its cause, or when Wait returns, whichever is first.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

// Wait waits for every task, cancels the Context (cause Canceled when no task
// failed), and returns the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

// Go runs f in a new goroutine, first waiting for a token if a limit is set.
func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- token{}
	}
	// The task's goroutine is started here and in TryGo alike (not through a
	// shared helper), so it is created by Go or TryGo, as in x/sync. The first
	// error wins.
	g.wg.Add(1)
	go func() {
		defer g.done()

		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(g.err)
				}
			})
		}
	}()
}

// TryGo runs f in a new goroutine only if the limit allows one more now.
func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- token{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()

		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(g.err)
				}
			})
		}
	}()
	return true
}

// SetLimit caps the tasks running at once at n (negative: no cap). The cap can
// change only while no task holds a token.
func (g *Group) SetLimit(n int) {
	if n < 0 {
		g.sem = nil
		return
	}
	if active := len(g.sem); active != 0 {
		panic(fmt.Errorf("errgroup: modify limit while %v goroutines in the group are still active", active))
	}
	g.sem = make(chan token, n)
}
