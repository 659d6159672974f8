// gosim: compile-error
package main

import "fmt"

// A recursive function value must be declared first and assigned after.
var fib = func(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { fmt.Println(fib(10)) }
