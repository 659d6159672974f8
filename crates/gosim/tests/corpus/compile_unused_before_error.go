// gosim: compile-error
package main

// Go reports a function's errors by position: the unused variable declared
// first comes before the bad assignment later in the body (an assignment is
// not a use).
func main() {
	a := 1
	b := 2
	a = "x"
	_ = b
}
