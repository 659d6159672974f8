// gosim: compile-error
// A shifted operand must be an integer, in `x <<= n` as in `x << n`.
package main

import "fmt"

func main() {
	f := 1.5
	f <<= 1
	fmt.Println(f)
}
