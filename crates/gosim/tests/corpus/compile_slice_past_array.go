// gosim: compile-error
package main

import "fmt"

func main() {
	var hours [24]int
	hours[23] = 7
	// An array's length is known, so a constant bound past it is a compile error.
	fmt.Println(len(hours[20:24]), hours[22:25])
}
