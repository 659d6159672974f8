package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	cancelParent(errors.New("cause1"))
	cancelChild(errors.New("cause2"))
	fmt.Println(context.Cause(parent), context.Cause(child))
	fmt.Println(parent.Err(), child.Err())

	// Values between the two do not hide the cause.
	p2, c2 := context.WithCancelCause(context.Background())
	v := context.WithValue(p2, "k", "v")
	child2, cancel2 := context.WithCancel(v)
	defer cancel2()
	c2(errors.New("shutdown"))
	fmt.Println(context.Cause(v), context.Cause(child2), child2.Err())
}
