package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 3.4

	// Law 1: from an interface value to a reflection object.
	v := reflect.ValueOf(x) // x is copied into an any, then unpacked
	fmt.Println("type:", v.Type(), "kind:", v.Kind(), "value:", v.Float())

	// Law 2: from a reflection object back to an interface value.
	var back any = v.Interface()
	y := back.(float64)
	fmt.Println("back:", y, back)

	// Law 3: to modify a reflection object, the value must be settable.
	fmt.Println("v settable?", v.CanSet())
	e := reflect.ValueOf(&x).Elem() // reached through a pointer: addressable
	fmt.Println("e settable?", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println("x is now", x, "but v still holds", v.Float())
}
