package main

import (
	"fmt"
	"reflect"
)

type Box struct{ N int }

func main() {
	b := &Box{1}
	values := make(chan reflect.Value, 3)
	go func() { values <- reflect.ValueOf(b) }()
	go func() { values <- reflect.ValueOf(*b) }()
	go func() { values <- reflect.ValueOf(&b) }()

	v := <-values
	fmt.Println("got a", v.Kind(), "Value of type", v.Type())
	e := v.Elem()
	fmt.Println("its Elem is a", e.Kind())
}
