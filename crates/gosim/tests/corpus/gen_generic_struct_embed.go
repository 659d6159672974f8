package main

import "fmt"

type Box[T any] struct {
	Value T
}

func (b Box[T]) Get() T { return b.Value }

type Labeled[T any] struct {
	Box[T]
	Label string
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	l := Labeled[int]{Box[int]{7}, "seven"}
	fmt.Println(l.Get(), l.Value, l.Label)
	fmt.Printf("%+v\n", l)
	t := &Tree[string]{Val: "m", Left: &Tree[string]{Val: "a"}, Right: &Tree[string]{Val: "z"}}
	t.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	var b interface{} = Box[bool]{true}
	if bb, ok := b.(Box[bool]); ok {
		fmt.Println("box of", bb.Get())
	}
	switch v := b.(type) {
	case Box[int]:
		fmt.Println("int box", v)
	case Box[bool]:
		fmt.Println("bool box", v)
	}
}
