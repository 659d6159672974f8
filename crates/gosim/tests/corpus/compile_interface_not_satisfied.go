// gosim: compile-error
// A type whose method has a pointer receiver: only the pointer implements the interface.
package main

import "fmt"

type Shape interface {
	Area() int
}

type Square struct{ Side int }

func (s *Square) Area() int { return s.Side * s.Side }

func describe(s Shape) string {
	return fmt.Sprintf("area %d", s.Area())
}

func main() {
	sq := Square{3}
	fmt.Println(describe(&sq))
	fmt.Println(describe(sq))
}
