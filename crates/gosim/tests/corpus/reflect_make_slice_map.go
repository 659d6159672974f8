package main

import (
	"fmt"
	"reflect"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	st := reflect.TypeOf([]string(nil))
	s := reflect.MakeSlice(st, 2, 5)
	s.Index(1).SetString("b")
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Interface().([]string) == nil)
	p := reflect.New(st)
	p.Elem().Set(s)
	p.Elem().SetLen(4)
	fmt.Printf("%q %d\n", p.Elem().Interface(), p.Elem().Len())
	p.Elem().SetLen(1)
	fmt.Printf("%q\n", *(p.Interface().(*[]string)))
	z := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 0)
	fmt.Println(z.Interface().([]int) == nil, z.Len())
	mt := reflect.TypeOf(map[string]int(nil))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	m2 := reflect.MakeMapWithSize(mt, 10)
	fmt.Println(m.Interface(), m.Len(), m2.Len(), m2.Interface().(map[string]int) == nil)
	try(func() { reflect.MakeSlice(mt, 0, 0) })
	try(func() { reflect.MakeSlice(st, 3, 2) })
	try(func() { reflect.MakeSlice(st, -1, 2) })
	try(func() { reflect.MakeMap(st) })
	try(func() { s.SetLen(1) })
	try(func() { p.Elem().SetLen(9) })
}
