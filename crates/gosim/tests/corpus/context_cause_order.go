package main

import (
	"context"
	"errors"
	"fmt"
)

// A parent and its child, both with a cancel cause, canceled in either order: a
// context keeps the cause of its own first cancel.
func main() {
	parentFirst()
	childFirst()
}

// pair cancels a parent with "cause1" and its child with "cause2", the parent first
// or the child first, and prints both causes.
func pair(parentFirst bool) (parent, child context.Context) {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	if parentFirst {
		cancelParent(errors.New("cause1"))
	}
	cancelChild(errors.New("cause2"))
	cancelParent(errors.New("cause1"))
	fmt.Println(context.Cause(parent), context.Cause(child))
	return parent, child
}

func parentFirst() {
	parent, child := pair(true)
	fmt.Println(parent.Err(), child.Err())

	// Values between the two do not hide the cause.
	p2, c2 := context.WithCancelCause(context.Background())
	v := context.WithValue(p2, "k", "v")
	child2, cancel2 := context.WithCancel(v)
	defer cancel2()
	c2(errors.New("shutdown"))
	fmt.Println(context.Cause(v), context.Cause(child2), child2.Err())
}

func childFirst() {
	pair(false)

	// A nil cause means Canceled.
	c3, cancel3 := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(c3))
	cancel3(nil)
	fmt.Println(context.Cause(c3), errors.Is(context.Cause(c3), context.Canceled))

	// A plain WithCancel child reports its parent's cause.
	p4, cancel4 := context.WithCancelCause(context.Background())
	c4, stop4 := context.WithCancel(p4)
	defer stop4()
	cancel4(errors.New("boom"))
	fmt.Println(c4.Err(), context.Cause(c4))
}
