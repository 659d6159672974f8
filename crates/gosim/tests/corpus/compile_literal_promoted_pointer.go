// gosim: compile-error
// A promoted field reached through an embedded pointer cannot be keyed.
package main

import "fmt"

type text struct {
	title string
}

type book struct {
	*text
	isbn string
}

func main() {
	b := book{title: "moby"}
	fmt.Println(b.isbn)
}
