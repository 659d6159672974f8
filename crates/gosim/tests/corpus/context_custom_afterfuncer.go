package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// A Context with an AfterFunc method: children register through it, so no
// goroutine is needed to watch it.
type signal struct {
	done  chan struct{}
	funcs []func()
}

func (s *signal) Deadline() (time.Time, bool) { return time.Time{}, false }
func (s *signal) Done() <-chan struct{}       { return s.done }
func (s *signal) Err() error {
	select {
	case <-s.done:
		return context.Canceled
	default:
		return nil
	}
}
func (s *signal) Value(key any) any { return nil }

func (s *signal) AfterFunc(f func()) func() bool {
	fmt.Println("AfterFunc registered")
	s.funcs = append(s.funcs, f)
	return func() bool {
		fmt.Println("stop called")
		return true
	}
}

func (s *signal) fire() {
	close(s.done)
	for _, f := range s.funcs {
		f()
	}
}

func main() {
	s := &signal{done: make(chan struct{})}
	before := runtime.NumGoroutine()
	a, cancelA := context.WithCancel(s)
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-before)
	b, cancelB := context.WithCancel(s)
	defer cancelB()
	cancelA()
	fmt.Println("a:", a.Err())
	s.fire()
	fmt.Println("b:", b.Err(), context.Cause(b))
	fmt.Println(b)
}
