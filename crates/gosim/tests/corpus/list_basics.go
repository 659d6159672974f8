package main

import (
	"container/list"
	"fmt"
)

func show(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var l list.List
	fmt.Println(l.Front() == nil, l.Len())
	a := l.PushBack(1)
	b := l.PushBack(2)
	l.PushFront(0)
	show(&l)
	l.InsertBefore("x", b)
	l.InsertAfter("y", a)
	show(&l)
	l.MoveToFront(b)
	l.MoveToBack(a)
	show(&l)
	fmt.Println(l.Remove(a), a.Next() == nil, a.Prev() == nil)
	show(&l)
	l.PushBackList(&l)
	show(&l)
	l.PushFrontList(&l)
	show(&l)
	m := list.New()
	fmt.Println(m.InsertBefore(1, b) == nil, l.Remove(a))
	m.MoveToFront(b)
	show(m)
	l.Init()
	show(&l)
	fmt.Println(l.Remove(b), l.Len())
}
