package main

import (
	"fmt"
	"strings"
)

// A strings.Builder remembers its address at its first write: a copy of an empty
// Builder may be used, reading a copied one is fine, but writing to a copy of a
// Builder that was written to panics. Reset lets the copy be used again.
func main() {
	var empty strings.Builder
	fresh := empty
	fresh.WriteString("fresh copy of an empty builder is fine")
	fmt.Println(fresh.String())

	var b strings.Builder
	b.WriteString("hello ")
	b2 := b
	fmt.Println(b2.Len(), b2.String())
	b2.Reset()
	b2.WriteString("reset copy")
	fmt.Println(b2.String())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	b3 := b
	b3.WriteByte('!')
	fmt.Println("not reached")
}
