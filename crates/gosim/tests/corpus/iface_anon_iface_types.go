package main

import "fmt"

type T struct{}

func (T) A() string { return "a" }
func (T) B() string { return "b" }

func main() {
	var x interface {
		A() string
		B() string
	} = T{}
	var y interface{ A() string } = x
	fmt.Printf("%T %T %s %s\n", x, y, x.A(), y.A())
	fmt.Println(y.(interface{ B() string }).B())
	var z interface{ C() }
	_, ok := y.(interface{ C() })
	fmt.Println(ok, z == nil)
	defer func() { fmt.Println(recover()) }()
	var w any = x
	_ = w.(interface {
		A() string
		C()
	})
}
