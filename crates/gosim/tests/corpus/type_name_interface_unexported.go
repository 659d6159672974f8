package main

import "fmt"

type T struct{}

func (T) m() {}
func (T) M() {}

// The runtime spells an interface type with its exported methods first and the
// unexported ones qualified by their package, in %T and in panic messages.
func main() {
	var x interface {
		m()
		M()
	}
	fmt.Printf("%T\n", &x)
	x = T{}
	fmt.Printf("%T %v\n", []interface{ m() }{x}, x)
	defer func() { fmt.Println(recover()) }()
	var z interface{}
	_ = z.(interface{ m() })
}
