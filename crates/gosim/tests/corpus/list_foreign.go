package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

func main() {
	a := list.New()
	b := list.New()
	a1 := a.PushBack("a1")
	a2 := a.PushBack("a2")
	b1 := b.PushBack("b1")

	// Elements of another list: every method leaves both lists alone.
	fmt.Println(a.InsertBefore("x", b1) == nil, a.InsertAfter("y", b1) == nil)
	a.MoveToFront(b1)
	a.MoveToBack(b1)
	a.MoveBefore(b1, a1)
	a.MoveAfter(a1, b1)
	fmt.Println(a.Remove(b1), values(a), values(b))

	// Moving an element before or after itself changes nothing.
	a.MoveBefore(a2, a2)
	a.MoveAfter(a1, a1)
	fmt.Println(values(a))

	// A removed element keeps its value but no neighbours, and cannot be removed twice.
	fmt.Println(a.Remove(a1), a1.Next() == nil, a1.Prev() == nil, a.Len())
	fmt.Println(a.Remove(a1), a.Len())

	// Init empties a list but its old elements still name it: removing one
	// again makes the length negative, as in Go.
	a.Init()
	fmt.Println(a.Len(), a.Front() == nil, a.Back() == nil)
	a.Remove(a2)
	fmt.Println(a.Len())

	// A zero List is usable, and pushing a list onto itself doubles it.
	var z list.List
	z.PushFront(2)
	z.PushFront(1)
	z.PushBackList(&z)
	z.PushFrontList(&z)
	fmt.Println(z.Len(), values(&z))
	var empty list.List
	z.PushBackList(&empty)
	empty.PushFrontList(&empty)
	fmt.Println(z.Len(), empty.Len(), empty.Front() == nil)
}
