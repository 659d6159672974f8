// gosim: compile-error
package main

import "fmt"

const big = 1e400

func main() {
	fmt.Println(big / 1e300) // fine: the constant is exact
	var f float64 = big
	fmt.Println(f)
}
