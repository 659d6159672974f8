package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var s Shape
	fmt.Printf("%v %T\n", s, s)
	q := s.(Sq)
	fmt.Println("never", q)
}
