package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b int
}

func main() {
	t := T{1, 2}
	v := reflect.ValueOf(&t).Elem()
	fmt.Println(v.Field(0).CanSet(), v.Field(1).CanSet(), v.Field(1).CanAddr(), v.Field(1).CanInterface())
	fmt.Println(v.Field(1).Int())
	v.Field(1).SetInt(5)
}
