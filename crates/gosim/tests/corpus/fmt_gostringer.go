package main

import "fmt"

type Celsius float64

func (c Celsius) String() string   { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) GoString() string { return fmt.Sprintf("Celsius(%v)", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) GoString() string { return fmt.Sprintf("&Point{%d, %d}", p.X, p.Y) }

type Reading struct {
	Where string
	Temp  Celsius
	temp  Celsius
	At    *Point
}

type Bad struct{}

func (Bad) GoString() string { panic("no syntax") }

// %#v calls a GoString method where Go's fmt does (the operand, exported fields,
// elements, through pointers), and String for the other verbs only.
func main() {
	c := Celsius(21.5)
	fmt.Printf("%v %s %#v %d\n", c, c, c, 3)
	fmt.Printf("%#v|%#20.9v|%-#14v|\n", c, c, c)
	p := &Point{1, 2}
	fmt.Printf("%#v %v %+v\n", p, p, *p)
	fmt.Printf("%#v\n", Point{3, 4})
	r := Reading{"lab", 19, 20, p}
	fmt.Printf("%#v\n", r)
	fmt.Printf("%v %+v\n", r.Temp, []Celsius{1, 2})
	fmt.Printf("%#v\n", []Celsius{1, 2.25})
	fmt.Printf("%#v\n", map[string]Celsius{"a": 5})
	var nilp *Point
	fmt.Printf("%#v\n", nilp)
	fmt.Printf("%#v %v\n", Bad{}, Bad{})
	fmt.Println(fmt.Sprintf("%#v", []any{c, p, 7}))
}
