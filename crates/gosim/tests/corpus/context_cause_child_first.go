package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	cancelChild(errors.New("cause2"))
	cancelParent(errors.New("cause1"))
	fmt.Println(context.Cause(parent), context.Cause(child))

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
