package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if err, ok := r.(error); ok {
			fmt.Printf("  error %T\n", err)
		}
	}()
	f()
}

func main() {
	try("Int of string", func() { reflect.ValueOf("x").Int() })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Field of slice", func() { reflect.ValueOf([]int{}).Field(0) })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("Type Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Type Field of int", func() { reflect.TypeOf(1).Field(0) })
	try("Type Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("NumIn of int", func() { reflect.TypeOf(1).NumIn() })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Interface of unexported", func() {
		type t struct{ a int }
		reflect.ValueOf(t{1}).Field(0).Interface()
	})
	try("Addr of unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("SetString on int", func() {
		n := 1
		reflect.ValueOf(&n).Elem().SetString("x")
	})
	try("Bool on zero", func() { reflect.Value{}.Bool() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(2)) })
	try("Method out of range", func() { reflect.TypeOf(1).Method(0) })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Set not assignable", func() {
		n := 1
		reflect.ValueOf(&n).Elem().Set(reflect.ValueOf("s"))
	})
}
