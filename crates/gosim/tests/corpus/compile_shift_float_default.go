// gosim: compile-error
package main

import "fmt"

const M = 2

var N = 2

// 1.0 << M is a constant shift (an int), but in 1.0 << N the constant 1.0 takes its
// default type, float64, which cannot be shifted.
var ok = 1.0 << M
var bad = 1.0 << N

func main() {
	fmt.Println(ok, bad)
}
