// gosim: compile-error
// A type declared twice in one function block, the second hiding nothing.
package main

import "fmt"

func main() {
	type point struct{ x, y int }
	p := point{1, 2}
	fmt.Println(p)

	type point struct{ x, y, z int }
	q := point{1, 2, 3}
	fmt.Println(q)
}
