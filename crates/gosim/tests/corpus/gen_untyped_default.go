package main

import "fmt"

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

func main() {
	x := Pick(1, 2.5, false)
	fmt.Printf("%v %T\n", x, x)
	y := Pick('a', 1, true)
	fmt.Printf("%v %T\n", y, y)
	z := Pick("s", "t", false)
	fmt.Printf("%v %T\n", z, z)
	var n int64 = 7
	w := Pick(n, 3, true)
	fmt.Printf("%v %T\n", w, w)
}
