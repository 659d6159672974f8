package main

// Multi-valued expressions whose values land in interface-typed variables or
// parameters: each value is converted, comma-ok forms included.

import "fmt"

type E struct{}

func (E) Error() string { return "E!" }

func two() (E, int) { return E{}, 3 }

func show(a, b any) { fmt.Printf("%T %v, %T %v\n", a, a, b, b) }

func showVar(a any, rest ...any) { fmt.Println(a, rest) }

var m = map[string]int{"k": 7}

// Package variables are initialised in dependency order: c and d after a and b.
var c = b
var d = a

var a, b any = any(nil).(bool)

var v, ok any = m["k"]
var v2, ok2 any = m["z"]
var ch = make(chan float64, 1)

type Int = int
type A = struct{ int }
type B = struct{ Int }

func main() {
	fmt.Printf("%T %v %T %v %v %v\n", a, a, b, b, c, d)
	fmt.Printf("%T %v %T %v | %T %v %T %v\n", v, v, ok, ok, v2, v2, ok2, ok2)
	var x, y any = any(1.5).(float64)
	fmt.Println(x, y)
	var e error
	var n any
	e, n = two()
	fmt.Println(e, n)
	var e3, n3 any = two()
	fmt.Printf("%T %T\n", e3, n3)
	var z any
	z, found := m["k"]
	fmt.Printf("%T %v %v\n", z, z, found)
	var err error
	err, k := two()
	fmt.Println(err, k)
	ch <- 2.5
	var r, rok any = <-ch
	fmt.Printf("%T %v %T %v\n", r, r, rok, rok)
	show(two())
	showVar(two())

	// An embedded alias names the field after the alias: struct{ int } and
	// struct{ Int } are different types.
	var p, q any = A{}, B{}
	fmt.Println(p == q)
	fmt.Printf("%+v %+v\n", p, q)
}
