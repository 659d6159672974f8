// gosim: compile-error
// A declaration with no body (its assembly file left behind): Go reports it only once
// the package type-checks.
package main

import "fmt"

// Abs is implemented in abs_amd64.s.
func Abs(float64) float64

func half(x float64) float64 { return x / 2 }

func main() {
	fmt.Println(Abs(-2), half(3))
}
