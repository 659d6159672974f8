package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l List[T]) Len() int { return l.size }

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Push("c")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.Len())
	nums := &List[float64]{}
	nums.Push(1.5)
	fmt.Printf("%T %T %v\n", l, nums, nums.Len())
	fmt.Printf("%T\n", l.head)
}
