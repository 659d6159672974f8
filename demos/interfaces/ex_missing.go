package main

import "fmt"

type Shape interface{ Area() int }

type Named interface{ Name() string }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

// label names a shape that has a name and describes any other by its type.
func label(s Shape) string {
	if n, ok := s.(Named); ok {
		return n.Name()
	}
	return fmt.Sprintf("a %T of area %d", s, s.Area())
}

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(label(s))
}
