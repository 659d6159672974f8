// gosim: compile-error
// A whole number past 128 bits overflows int, in Go's words with every digit.
package main

import "fmt"

func main() {
	const big = 1 << 149
	var x int = big
	fmt.Println(x)
}
