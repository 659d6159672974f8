// gosim: compile-error
// One value too many in a return: Go points at the first extra value.
package main

import "fmt"

func half(n int) int {
	h := n / 2
	return h, n % 2
}

func main() {
	fmt.Println(half(7))
}
