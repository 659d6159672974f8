package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println("area", s.Area())
	c := s.(*Circle)
	fmt.Println("never", c)
}
