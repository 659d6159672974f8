// gosim: compile-error
// A variadic call with a spread slice, whose int result is used as a string.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	nums := []int{1, 2, 3}
	var s string = sum(nums...)
	fmt.Println(s)
}
