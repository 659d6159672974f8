// gosim: compile-error
// A comma-ok form is one value in a return statement: Go has no `return m[k]` for (V, bool).
package main

var m = map[int]int{}

func f() (int, bool) {
	return m[1]
}

func main() { f() }
