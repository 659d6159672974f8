package main

import "fmt"

// == and != on struct and array values: gc takes both operands by address after
// both sides' calls, copying one that is not addressable (a literal, a conversion)
// then, before the statement's later calls; variables stay in place.

type T struct{ a, b int }
type Big struct{ a, b, c, d, e int }

var g T

func show(x bool, _ int) bool { return x }

func main() {
	t := T{1, 2}
	a := 1
	fmt.Println("literal", show(T{a, 2} == t, func() int { a = 9; return 0 }()))
	a = 1
	fmt.Println("literal, call on the right", show(T{a, 2} == func() T { a = 9; return T{1, 2} }(), 0))
	a = 1
	fmt.Println("literal !=", show(t != T{a, 2}, func() int { a = 9; return 0 }()))
	g = T{1, 2}
	fmt.Println("package variable", show(g == t, func() int { g.a = 9; return 0 }()))
	p := &T{1, 2}
	fmt.Println("through a pointer", show(*p == t, func() int { p.a = 9; return 0 }()))
	arr, brr := [2]int{1, 2}, [2]int{1, 2}
	fmt.Println("array of two", show(arr == brr, func() int { arr[0] = 9; return 0 }()))
	b1, b2 := Big{1, 2, 3, 4, 5}, Big{1, 2, 3, 4, 5}
	fmt.Println("five fields", show(b1 == b2, func() int { b1.a = 9; return 0 }()))
	ps := []T{{1, 2}}
	fmt.Println("slice element", show(ps[0] == t, func() int { ps[0].a = 9; return 0 }()))
	x := 1
	fmt.Println("array literal", show([2]int{x, 2} == brr, func() int { x = 9; return 0 }()))
	g = T{1, 2}
	fmt.Println("whole, to an interface", g == t, func() int { g.a = 9; return 0 }())
	fmt.Println("as a value", (T{a, 2} == t) == func() bool { a = 1; return false }())
}
