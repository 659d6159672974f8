// gosim: compile-error
// Arithmetic on typed constants must fit the type; gc names the whole expression.
package main

import "fmt"

const limit int8 = 100

func main() {
	fmt.Println("doubling", limit)
	fmt.Println(limit * 2)
}
