// gosim: compile-error
// Receiving from a value that is no channel: Go names the operand's type first, then
// the operand as it always words one ("variable of int type Celsius"), at the operand.
package main

import "fmt"

type Celsius int

func main() {
	var reading Celsius = 21
	fmt.Println("reading:", reading)
	next := <-reading
	fmt.Println(next)
}
