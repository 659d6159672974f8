package main

import "fmt"

// A deferred call of a nil func value panics when its turn comes at the function's
// end, not at the defer statement: the rest of the body runs, the assignment to f
// after the defer changes nothing, and deferred calls queued earlier still run.
func bar() (r int) {
	defer func() {
		r += 4
		if recover() != nil {
			r += 8
		}
	}()
	var f func()
	defer f()
	f = func() { r += 2 }
	return 1
}

func count() int {
	fmt.Println("arguments are evaluated at the defer statement")
	return 1
}

func main() {
	fmt.Println("bar:", bar())
	defer fmt.Println("deferred first, runs last")
	var g func(int)
	defer g(count())
	fmt.Println("body goes on")
}
