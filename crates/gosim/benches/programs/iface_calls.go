package main

import "fmt"

// Calls through an interface: 400,000 of them, on two dynamic types in turn, so
// nearly all of the time goes to dispatching a method by its interface.
type shape interface {
	area() int
}

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

func main() {
	shapes := []shape{square{3}, &rect{2, 5}}
	total := 0
	for i := 0; i < 200000; i++ {
		for _, s := range shapes {
			total += s.area()
		}
	}
	fmt.Println(total)
}
