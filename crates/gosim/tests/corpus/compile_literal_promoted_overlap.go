// gosim: compile-error
// A promoted field and the embedded field that encloses it in one literal.
package main

import "fmt"

type text struct {
	title string
	words int
}

type book struct {
	text
	isbn string
}

func main() {
	b := book{text: text{words: 1}, title: "moby"}
	fmt.Println(b)
}
