package main

// gosim: refused 13:17: not supported here: a map key that is a variable a closure assigns, in a statement with a call (gc's order for it depends on inlining)

import "fmt"

// gc copies a key held in registers first, unless a closure took its address: whether
// it did hangs on inlining (here the literal is inlined and the old key is read).

func main() {
	mi := map[any]int{"x": 5, "y": 6}
	var k any = "x"
	fmt.Println(mi[k], func() int { k = "y"; return 0 }())
}
