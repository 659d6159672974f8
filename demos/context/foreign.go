package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// A Context of the program's own: done when its channel is closed.
type shutdown struct {
	ch chan struct{}
}

func (s shutdown) Deadline() (time.Time, bool) { return time.Time{}, false }
func (s shutdown) Done() <-chan struct{}       { return s.ch }
func (s shutdown) Err() error {
	select {
	case <-s.ch:
		return context.Canceled
	default:
		return nil
	}
}
func (s shutdown) Value(key any) any { return nil }

func main() {
	s := shutdown{make(chan struct{})}
	ctx, cancel := context.WithCancel(s)
	defer cancel()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(s.ch)
	<-ctx.Done()
	fmt.Println(ctx.Err())
}
