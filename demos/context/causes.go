package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	// Parent first: the child is canceled with the parent's cause.
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	cancelParent(errors.New("server shutting down"))
	cancelChild(errors.New("request done"))
	fmt.Println(context.Cause(parent), "|", context.Cause(child))

	// Child first: it keeps its own cause.
	parent2, cancelParent2 := context.WithCancelCause(context.Background())
	child2, cancelChild2 := context.WithCancelCause(parent2)
	cancelChild2(errors.New("request done"))
	cancelParent2(errors.New("server shutting down"))
	fmt.Println(context.Cause(parent2), "|", context.Cause(child2))

	// Err stays one of two values; the cause says why.
	fmt.Println(child.Err(), child2.Err())
}
