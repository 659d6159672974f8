package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func main() {
	// Law 1: interface value to reflection object.
	var x float64 = 3.4
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type(), "kind:", v.Kind(), "value:", v.Float())
	var m MyInt = 7
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Type(), mv.Kind(), mv.Int())
	// Law 2: reflection object back to interface value.
	y := v.Interface().(float64)
	fmt.Println(y, v.Interface(), v)
	fmt.Printf("value is %7.1e\n", v.Interface())
	// Law 3: to modify, the value must be settable.
	fmt.Println("settability of v:", v.CanSet())
	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type(), "settability of p:", p.CanSet())
	e := p.Elem()
	fmt.Println("settability of e:", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(e.Interface(), x)
}
