package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	// A child canceled first keeps its own error even when its parent times out.
	parent, cancelParent := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancelParent()
	child, cancelChild := context.WithCancel(parent)
	cancelChild()
	<-parent.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())

	// A child made from a timed-out parent inherits DeadlineExceeded.
	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	fmt.Println("late:", late.Err())

	// WithTimeout's cancel stops the timer: no deadline error later.
	t, cancelT := context.WithTimeout(context.Background(), 10*time.Millisecond)
	cancelT()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("t:", t.Err())
}
