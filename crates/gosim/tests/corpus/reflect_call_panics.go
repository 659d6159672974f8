package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func add(a, b int) int { return a + b }

func boom() { panic("inside boom") }

func main() {
	f := reflect.ValueOf(add)
	try("too many", func() { f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)}) })
	try("wrong type", func() { f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("2")}) })
	try("zero arg", func() { f.Call([]reflect.Value{reflect.ValueOf(1), {}}) })
	try("call int", func() { reflect.ValueOf(1).Call(nil) })
	try("nil func", func() {
		var g func()
		reflect.ValueOf(g).Call(nil)
	})
	try("callslice non-variadic", func() { f.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("panic inside", func() { reflect.ValueOf(boom).Call(nil) })
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})[0])
}
