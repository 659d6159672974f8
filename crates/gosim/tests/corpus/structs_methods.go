package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p Point) MoveValue(dx int) { p.X += dx }

func (p *Point) MovePtr(dx int) { p.X += dx }

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r *Rect) Grow(n int) {
	r.Max.X += n
	r.Max.Y += n
}

func main() {
	p := Point{1, 2}
	p.MoveValue(100)
	fmt.Println("after MoveValue:", p)
	p.MovePtr(100)
	fmt.Println("after MovePtr:", p)

	pp := &p
	pp.MoveValue(5) // copies *pp
	pp.MovePtr(5)
	fmt.Println("via pointer:", *pp, p.X)

	fmt.Println(p.Add(Point{-1, -1}))

	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Printf("%v %+v area=%d\n", r, r, r.Area())
	r.Grow(2)
	fmt.Println("grown area:", r.Area())

	// Method values bind the receiver when they are evaluated.
	area := r.Area
	grow := r.Grow
	grow(1)
	fmt.Println("bound area:", area(), "current area:", r.Area())

	rects := []Rect{{Max: Point{1, 1}}, {Max: Point{2, 3}}}
	for _, rc := range rects {
		rc.Grow(10) // grows the copy only
	}
	for i := range rects {
		rects[i].Grow(1)
	}
	fmt.Println(rects[0].Area(), rects[1].Area())

	var zero Rect
	fmt.Printf("%+v %q\n", zero, zero.Name)
	fmt.Println(p == Point{106, 2}, p != Point{0, 0})
}
