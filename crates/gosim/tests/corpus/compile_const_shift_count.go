// gosim: compile-error
// A constant shift's count is bounded (1074, enough to write the smallest
// float64) even when the result would be 0.
package main

import "fmt"

func main() {
	fmt.Println(1e300 >> 1000)
	fmt.Println(1 >> 1075)
}
