package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancelCause(context.WithValue(context.Background(), "req", 17))
	detached := context.WithoutCancel(parent)
	cancel(errors.New("client left"))
	fmt.Println(parent.Err(), context.Cause(parent))
	fmt.Println(detached.Err(), detached.Done() == nil, context.Cause(detached))
	_, ok := detached.Deadline()
	fmt.Println(ok, detached.Value("req"))
	fmt.Println(detached)

	// A cancelable child of a detached context is independent of the original parent.
	child, cancelChild := context.WithCancel(detached)
	fmt.Println(child.Err())
	cancelChild()
	fmt.Println(child.Err(), context.Cause(child))
	fmt.Println(child)
}
