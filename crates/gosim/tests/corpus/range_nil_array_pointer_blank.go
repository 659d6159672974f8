package main

import "fmt"

// Ranging over a nil pointer to an array reads no element unless the loop asks for
// one: with `i, _` (as with `i` alone) Go only counts, and only `i, v` dereferences.
func main() {
	var p *[4]string
	n := 0
	for i, _ := range p {
		n += i
	}
	for range p {
		n++
	}
	var j int
	for j, _ = range p {
	}
	fmt.Println("sum", n, "last", j)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for i, v := range p {
		fmt.Println(i, v)
	}
}
