package main

// gosim: refused 14:19: not supported here: comparing a struct or array variable a closure assigns, in a statement with a later call (gc's order for it depends on inlining)

import "fmt"

type T struct{ a, b int }

func show(x bool, _ int) bool { return x }

// gc copies s first, unless the closure took its address: that hangs on inlining.
func main() {
	s, t := T{1, 2}, T{1, 2}
	fmt.Println(show(s == t, func() int { s.a = 9; return 0 }()))
}
