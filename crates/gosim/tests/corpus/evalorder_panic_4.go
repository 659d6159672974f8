package main

import "fmt"

// A division by zero waits for the calls of its statement.
var zero int

func f() int { fmt.Println("f called"); return 1 }

func main() {
	x := 3
	y := x/zero + f()
	fmt.Println(y)
}
