// gosim: compile-error
// Calling a function with too few arguments.
package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func apply(f func(int, int) int, x, y int) int {
	return f(x, y)
}

func main() {
	fmt.Println(apply(add, 2, 3))
	fmt.Println(add(1, 2))
	fmt.Println(add(4))
}
