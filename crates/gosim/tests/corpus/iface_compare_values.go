package main

import (
	"errors"
	"fmt"
)

type Pt struct{ X, Y int }
type Celsius float64

var ErrA = errors.New("a")

func main() {
	var a, b any = Pt{1, 2}, Pt{1, 2}
	fmt.Println(a == b, a == any(Pt{2, 1}))
	p1, p2 := &Pt{}, &Pt{}
	var c, d any = p1, p2
	fmt.Println(c == d, c == any(p1))
	fmt.Println(any(1) == any(1.0), any(1) == any(int64(1)), any(Celsius(1)) == any(1.0))
	fmt.Println(any("x") == "x", any(nil) == nil)
	e1, e2 := errors.New("a"), errors.New("a")
	fmt.Println(e1 == e2, ErrA == ErrA, errors.Is(fmt.Errorf("w: %w", ErrA), ErrA))
	var s fmt.Stringer
	var e any = s
	fmt.Println(e == nil, s == nil)
	arr := [2]any{1, "a"}
	fmt.Println(arr == [2]any{1, "a"}, arr == [2]any{"a", 1})
	ch := make(chan int)
	var x, y any = ch, ch
	fmt.Println(x == y)
}
