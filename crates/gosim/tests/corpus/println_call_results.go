package main

import "fmt"

// The builtin println, like fmt.Println, takes a call with several results as
// its whole argument list.

func divmod(a, b int) (int, int, bool) {
	if b == 0 {
		return 0, 0, false
	}
	return a / b, a % b, true
}

func firstLast[T any](xs []T) (T, T) {
	return xs[0], xs[len(xs)-1]
}

func main() {
	println(divmod(17, 5))
	fmt.Println(divmod(17, 5))
	fmt.Println(firstLast([]string{"a", "b", "c"}))
	println(firstLast([]int{4, 5, 6}))
}
