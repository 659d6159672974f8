package main

import "fmt"

// Blank methods and fields name nothing: they can share the name `_` with each
// other and with fields.
type T struct {
	_    int
	name string
	_    [2]bool
}

func (T) _() {}

func (T) _() {}

func (t T) Name() string { return t.name }

func main() {
	t := T{name: "gopher"}
	fmt.Println(t.Name())
	fmt.Printf("%+v\n", t)
}
