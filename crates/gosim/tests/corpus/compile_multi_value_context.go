// gosim: compile-error
// Using a two-result call where one value is expected.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	q := divmod(7, 2) + 1
	fmt.Println(q)
}
