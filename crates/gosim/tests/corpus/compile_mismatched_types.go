// gosim: compile-error
// Go never converts between numeric types or to strings implicitly.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	count := 3
	label := "items: "
	fmt.Println(label + strconv.Itoa(count))
	var ratio float64 = 1.5
	scaled := ratio * float64(count)
	fmt.Println(scaled)
	fmt.Println(label + count)
}
