package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// A program's own Context: it closes its channel when told to stop.
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

func main() {
	s := &stopper{done: make(chan struct{})}
	before := runtime.NumGoroutine()
	child, cancel := context.WithCancel(s)
	defer cancel()
	// A foreign parent costs a goroutine that waits on both Done channels.
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
}
