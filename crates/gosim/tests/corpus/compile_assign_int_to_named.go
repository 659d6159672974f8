// gosim: compile-error
package main

import "fmt"

type Celsius int

func main() {
	reading := 21
	// int is a named type too, so an int variable needs a conversion to Celsius.
	var room Celsius = reading
	fmt.Println(room)
}
