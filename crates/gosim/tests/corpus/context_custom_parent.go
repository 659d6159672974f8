package main

// A program's own Context as a parent. A plain one (stopper) costs the child a
// goroutine that waits on both Done channels; one with an AfterFunc method (signal)
// lets the child register through it, so no goroutine is needed to watch it.

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// stopper closes its channel when told to stop.
type stopper struct {
	done chan struct{}
	err  error
}

func (s *stopper) Deadline() (time.Time, bool) { return time.Time{}, false }
func (s *stopper) Done() <-chan struct{}       { return s.done }
func (s *stopper) Err() error {
	select {
	case <-s.done:
		return s.err
	default:
		return nil
	}
}
func (s *stopper) Value(key any) any { return nil }

func (s *stopper) stop(err error) {
	s.err = err
	close(s.done)
}

// signal is a stopper with an AfterFunc method; fire stops it and runs the funcs.
type signal struct {
	stopper
	funcs []func()
}

func (s *signal) AfterFunc(f func()) func() bool {
	fmt.Println("AfterFunc registered")
	s.funcs = append(s.funcs, f)
	return func() bool {
		fmt.Println("stop called")
		return true
	}
}

func (s *signal) fire() {
	s.stop(context.Canceled)
	for _, f := range s.funcs {
		f()
	}
}

func main() {
	s := &stopper{done: make(chan struct{})}
	before := runtime.NumGoroutine()
	child, cancel := context.WithCancel(s)
	defer cancel()
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-before)
	fmt.Println(child)
	s.stop(fmt.Errorf("stopped by hand"))
	<-child.Done()
	fmt.Println(child.Err(), "|", context.Cause(child))

	// Canceling the child instead ends the waiting goroutine too.
	s2 := &stopper{done: make(chan struct{})}
	c2, cancel2 := context.WithCancel(s2)
	cancel2()
	for runtime.NumGoroutine() > before {
		runtime.Gosched()
	}
	fmt.Println(c2.Err(), s2.Err(), runtime.NumGoroutine()-before)

	sig := &signal{stopper: stopper{done: make(chan struct{})}}
	a, cancelA := context.WithCancel(sig)
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-before)
	b, cancelB := context.WithCancel(sig)
	defer cancelB()
	cancelA()
	fmt.Println("a:", a.Err())
	sig.fire()
	fmt.Println("b:", b.Err(), context.Cause(b))
	fmt.Println(b)
}
