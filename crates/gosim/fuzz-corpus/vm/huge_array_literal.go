package main

import "fmt"

// The same through an anonymous struct and an array literal sized by its indexes.
func main() {
	var s struct {
		a [1 << 21]int
		b [1 << 21]int
		c [1 << 21]int
	}
	b := [...]bool{1 << 30: true}
	fmt.Println(len(s.a), len(b))
}
