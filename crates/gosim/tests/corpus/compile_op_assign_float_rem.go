// gosim: compile-error
// % is defined on integers only, so `area %= 7` on a float64 does not build.
package main

import "fmt"

func main() {
	area := 12.5
	area *= 2
	area %= 7
	fmt.Println(area)
}
