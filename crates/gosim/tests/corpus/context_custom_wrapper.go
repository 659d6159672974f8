package main

import (
	"context"
	"fmt"
	"runtime"
)

// Embedding a Context keeps its Done: propagateCancel finds the cancelCtx inside
// through Value and joins its children, so no goroutine is started.
type traced struct {
	context.Context
	name string
}

// With a Done of its own, the wrapper cannot be bypassed: a goroutine watches it.
type ownDone struct {
	context.Context
	ch chan struct{}
}

func (o ownDone) Done() <-chan struct{} { return o.ch }

func main() {
	base, cancel := context.WithCancel(context.Background())
	before := runtime.NumGoroutine()
	t := traced{base, "req-1"}
	child, cancelChild := context.WithCancel(t)
	defer cancelChild()
	fmt.Println("wrapper: extra goroutines:", runtime.NumGoroutine()-before)
	fmt.Println(child)

	own := ownDone{base, make(chan struct{})}
	child2, cancelChild2 := context.WithCancel(own)
	defer cancelChild2()
	fmt.Println("own Done: extra goroutines:", runtime.NumGoroutine()-before)

	cancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	// child2 follows own.ch, not base: canceling base does not reach it.
	fmt.Println("child2 after base cancel:", child2.Err())
	close(own.ch)
	<-child2.Done()
	fmt.Println("child2:", child2.Err())
}
