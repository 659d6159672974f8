package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Perimeter() int { return 2 * (r.w + r.h) }

type Square struct{ side int }

func (s *Square) Area() int      { return s.side * s.side }
func (s *Square) Perimeter() int { return 4 * s.side }

func total(shapes []Shape) int {
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Perimeter())
	s = &Square{4}
	fmt.Println(s.Perimeter())
	fmt.Println(total([]Shape{Rect{1, 1}, &Square{2}}))
}
