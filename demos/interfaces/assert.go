package main

import "fmt"

type Named interface{ Name() string }

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect" }

func main() {
	var v any = Rect{2, 3}
	r := v.(Rect)
	n, ok := v.(Named)
	n2, ok2 := v.(Named)
	s, ok3 := v.(Shape)
	fmt.Println(r.w, n, ok, n2, ok2, s, ok3)
}
