package main

import "fmt"

// Converting a constant string to []byte or []rune copies it into an array of
// exactly its length, so the capacity equals the length until append grows it.
const greeting = "hello, gopher"

var table = []byte("abc")

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	b = append(b, '!')
	fmt.Println(len(b), cap(b), string(b))

	g := []byte(greeting)
	fmt.Println(len(g), cap(g))

	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	r = append(r, 'x')
	fmt.Println(len(r), cap(r))

	e := []byte("")
	fmt.Println(len(e), cap(e), e == nil)

	fmt.Println(cap(table), cap(append(table, "defgh"...)))
}
