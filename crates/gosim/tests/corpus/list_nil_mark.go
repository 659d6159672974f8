package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	// Front of an empty list is nil, and nil is not a mark: the
	// dereference inside InsertBefore panics.
	other := list.New()
	mark := other.Front()
	fmt.Println("mark is nil:", mark == nil)
	defer fmt.Println("deferred runs before the crash")
	l.InsertBefore(0, mark)
	fmt.Println("not reached")
}
