package main

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
	tag  string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Shape interface{ Area() int }
type Sq struct{ S int }

func (q Sq) Area() int { return q.S * q.S }

func main() {
	vals := []any{nil, 42, "hi", P{1, 2, "a"}, &P{3, 4, "b"}, Temp(21.5), errors.New("bad"),
		[]any{1, "x", nil}, map[string]any{"k": []int{1}}, Sq{2}, struct{ A any }{7}}
	for _, v := range vals {
		fmt.Printf("%v | %+v | %T\n", v, v, v)
	}
	for _, v := range vals {
		if _, ok := v.(*P); ok {
			continue // %#v of a pointer prints an address
		}
		fmt.Printf("%#v\n", v)
	}
	var s Shape = Sq{3}
	var ns Shape
	fmt.Printf("%v %T %#v | %v %T %#v\n", s, s, s, ns, ns, ns)
	var e error
	fmt.Printf("%v %d %s\n", e, []any{1, "a"}, []any{1, "a"})
	fmt.Println(fmt.Sprint(nil, "a", 1, 2, "b"), fmt.Sprint([]Shape{Sq{1}, nil}))
}
