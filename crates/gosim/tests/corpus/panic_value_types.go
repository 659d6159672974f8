package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }

// try recovers what f panics with and prints its dynamic type, its text and
// whether it is a runtime.Error.
func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		fmt.Printf("%s: %T %v rt=%v\n", name, r, r, isRt)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "s"
	var ii I
	z, n := 0, -1
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:5] })
	try("nilmap", func() { m["a"] = 1 })
	try("div", func() { fmt.Println(1 / z) })
	try("nilptr", func() { fmt.Println(p.x) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("assertI", func() { fmt.Println(i.(I)) })
	try("nilI", func() { ii.M() })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("makeslice", func() { _ = make([]int, n) })
	try("makechan", func() { _ = make(chan int, n) })
	try("shift", func() { fmt.Println(1 << n) })
	try("str", func() { s := "abc"; k := 5; _ = s[k] })
	try("nilpanic", func() { panic(nil) })
	try("plain", func() { panic("text") })
	try("unhash-empty", func() { var e map[any]int; _ = e[[]int{1}] })
	var a, b any = []int{1}, []int{1}
	try("uncomparable", func() { fmt.Println(a == b) })
	// %#v of the string-typed ones prints the text Go keeps.
	defer func() { fmt.Printf("%#v\n", recover()) }()
	defer func() { fmt.Printf("%#v\n", recover()); m["x"] = 1 }()
	fmt.Println(1 / z)
}
