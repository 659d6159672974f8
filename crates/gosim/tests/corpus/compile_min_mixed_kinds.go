// gosim: compile-error
package main

import "fmt"

func main() {
	// A number and a string cannot be ordered against each other.
	fmt.Println(min(10, 2, "9"))
}
