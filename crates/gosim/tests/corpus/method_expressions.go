package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func (p point) add(q point) point   { return point{p.x + q.x, p.y + q.y} }
func (p *point) scale(k int)        { p.x *= k; p.y *= k }
func (p point) String() string      { return fmt.Sprintf("(%d,%d)", p.x, p.y) }
func (p point) sum(ns ...int) int {
	t := p.x + p.y
	for _, n := range ns {
		t += n
	}
	return t
}

type named struct {
	point
	name string
}

type shape interface {
	area() int
}

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type celsius float64

func (c celsius) fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	add := point.add
	fmt.Println(add(point{1, 2}, point{3, 4}))
	fmt.Printf("%T\n", add)

	p := point{2, 3}
	scale := (*point).scale
	scale(&p, 10)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)

	// A value method through the pointer type: a wrapper derefs.
	str := (*point).String
	fmt.Println(str(&p))

	sum := point.sum
	fmt.Println(sum(p, 1, 2, 3), sum(p), sum(p, []int{5, 5}...))

	// Promoted through an embedded field.
	n := named{point{1, 1}, "n"}
	fmt.Println(named.add(n, point{1, 0}), (*named).String(&n))
	(*named).scale(&n, 3)
	fmt.Println(n.point)

	// An interface's method.
	area := shape.area
	fmt.Println(area(rect{3, 4}))
	fmt.Printf("%T\n", area)

	f := celsius.fahrenheit
	fmt.Println(f(100))

	// Library types' methods.
	up := strings.ToUpper
	fmt.Println(up("go"))
	var b strings.Builder
	write := (*strings.Builder).WriteString
	write(&b, "hello")
	write(&b, ", world")
	fmt.Println(b.String(), (*strings.Builder).Len(&b))

	ops := map[string]func(point, point) point{"add": point.add}
	fmt.Println(ops["add"](point{1, 1}, point{2, 2}))
	fmt.Println(point.String(point{7, 8}))
}
