// Go 1.27: a keyed struct literal may name promoted fields; values are
// still evaluated in source order, and the embedded structs are filled in.
package main

import "fmt"

type text struct {
	title string
	words int
}

type meta struct {
	text
	tags []string
}

type book struct {
	meta
	isbn string
}

func say(s string) string {
	fmt.Println("eval", s)
	return s
}

func main() {
	b := book{title: say("moby"), isbn: say("102030"), words: 7, tags: []string{say("sea")}}
	fmt.Printf("%+v\n", b)
	c := book{meta: meta{tags: nil}, isbn: "x"}
	fmt.Printf("%+v\n", c)
	p := &book{words: 3}
	p.title = "set later"
	fmt.Println(p.words, p.text.title)
}
