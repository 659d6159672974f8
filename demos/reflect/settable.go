package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X     int
	label string
}

func show(name string, v reflect.Value) {
	fmt.Printf("%-22s kind=%-7v CanAddr=%-5v CanSet=%v\n", name, v.Kind(), v.CanAddr(), v.CanSet())
}

func main() {
	p := Point{1, "origin"}
	s := []int{10, 20}

	byValue := reflect.ValueOf(p)
	viaPtr := reflect.ValueOf(&p).Elem()
	exported := viaPtr.Field(0)
	unexported := viaPtr.Field(1)
	copyField := byValue.Field(0)
	elem := reflect.ValueOf(s).Index(1)

	show("ValueOf(p)", byValue)
	show("ValueOf(&p).Elem()", viaPtr)
	show("  .Field(0) X", exported)
	show("  .Field(1) label", unexported)
	show("ValueOf(p).Field(0)", copyField)
	show("ValueOf(s).Index(1)", elem)

	exported.SetInt(5)
	elem.SetInt(99)
	fmt.Println(p, s)
}
