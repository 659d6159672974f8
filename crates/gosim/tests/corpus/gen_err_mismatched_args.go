// gosim: compile-error
package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var i int = 1
	var f float64 = 2
	fmt.Println(Max(i, f))
}
