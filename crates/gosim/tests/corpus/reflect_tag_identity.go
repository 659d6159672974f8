package main

import (
	"fmt"
	"reflect"
)

type A struct {
	X int `json:"x"`
}

type B struct {
	X int
}

func main() {
	a := A{1}
	b := B(a)
	fmt.Println(b, reflect.TypeOf(a) == reflect.TypeOf(b))
	var s1 struct {
		X int `k:"v"`
	}
	var s2 struct{ X int }
	fmt.Println(reflect.TypeOf(s1), reflect.TypeOf(s2))
	fmt.Println(reflect.TypeOf(s1) == reflect.TypeOf(s2), any(s1) == any(s2))
	fmt.Printf("%T\n", s1)
	fmt.Println(reflect.TypeOf(s1).ConvertibleTo(reflect.TypeOf(s2)), reflect.TypeOf(s1).AssignableTo(reflect.TypeOf(s2)))
	fmt.Println(reflect.TypeOf(a).ConvertibleTo(reflect.TypeOf(b)), reflect.TypeOf(a).AssignableTo(reflect.TypeOf(b)))
}
