// gosim: compile-error
// A result named like a parameter: both live in the function's one block.
package main

import "fmt"

func scale(n int, factor int) (n int) {
	n = n * factor
	return
}

func main() {
	fmt.Println(scale(3, 4))
}
