package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

type Big interface {
	Area() int
	Zeta()
	Alpha()
}

func try(label string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%-10s %v (error: %v)\n", label, r, isErr)
	}()
	f()
}

func main() {
	var s Shape = Rect{2, 3}
	try("named", func() { _ = s.(*Circle) })
	try("missing", func() { _ = s.(Named) })
	try("sorted", func() { _ = s.(Big) })
	var e any = Rect{1, 1}
	try("empty", func() { _ = e.(int) })
	var ns Shape
	try("nilconc", func() { _ = ns.(Rect) })
	try("niliface", func() { _ = ns.(Named) })
	var ne any
	try("nilempty", func() { _ = ne.(int) })
	var c any = Circle{1}
	try("ptrrecv", func() { _ = c.(Shape) })
	var u interface{ Area() int } = Rect{1, 2}
	try("literal", func() { _ = u.(*Rect) })
	var nu interface{ Area() int }
	try("nillit", func() { _ = nu.(Rect) })
	var err error = errors.New("x")
	try("stringer", func() { _ = err.(fmt.Stringer) })
	try("toerror", func() { var x any = 3; _ = x.(error) })
}
