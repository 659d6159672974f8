// gosim: compile-error
// gc reports a `:=` that declares nothing at the operator, not the statement.
package main

import "fmt"

func main() {
	speed, age := 50, 30
	speed, age := 100, 40
	fmt.Println(speed, age)
}
