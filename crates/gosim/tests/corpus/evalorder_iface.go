package main

import "fmt"

// A value given to an interface is copied before the statement's calls when gc
// passes it by address (bools, bytes, structs of two words, arrays, pointers)
// and it is not addressable; ints, floats, strings and slices are read after.
var g int
var gb bool
var g8 int8
var gf float64
var gstr string
var gsl = []int{0}

type P struct{ a, b int }
type One struct{ a int }

func inc() int { g++; gb = !gb; g8++; gf++; gstr += "x"; gsl[0]++; return g }

func reset() { g = 0; gb = false; g8 = 0; gf = 0; gstr = ""; gsl[0] = 0 }

func main() {
	reset()
	fmt.Println("bool cmp", g == 0, inc())
	reset()
	fmt.Println("int expr", g+0, inc())
	reset()
	fmt.Println("bool var", gb, inc())
	reset()
	fmt.Println("not bool", !gb, inc())
	reset()
	fmt.Println("int8 expr", g8+0, inc())
	reset()
	fmt.Println("float expr", gf+0, inc())
	reset()
	fmt.Println("string expr", gstr+"", inc())
	reset()
	fmt.Println("struct lit", P{g, 0}, inc())
	reset()
	fmt.Println("one-field struct", One{g}, inc())
	reset()
	fmt.Println("array lit", [2]int{g, 0}, inc())
	reset()
	fmt.Println("slice lit", []int{g}, inc())
	reset()
	fmt.Println("int32", int32(g), inc(), "int16", int16(g), inc(), "uint8", uint8(g), inc())
	reset()
	fmt.Println("element", gsl[0], inc())
	reset()
	x := 5
	m := map[int]*int{0: &x}
	fmt.Println("map ptr", m[0] != nil, func() int { m[0] = nil; return 0 }())
	var e error
	fmt.Println("nil check", e == nil, func() int { e = fmt.Errorf("x"); return 0 }())
	reset()
	var a1 any = g == 0 && inc() == 1
	var a2 any = g
	fmt.Println(a1, a2)
}
