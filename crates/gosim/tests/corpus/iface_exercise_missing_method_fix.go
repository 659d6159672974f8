package main

import "fmt"

type Shape interface{ Area() int }

type Named interface{ Name() string }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

// label names a shape, and panics when the shape has no name.
func label(s Shape) string {
	n := s.(Named)
	return n.Name()
}

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(label(s))
}
