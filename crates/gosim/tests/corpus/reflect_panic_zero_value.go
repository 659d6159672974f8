package main

import (
	"fmt"
	"reflect"
)

func main() {
	var v reflect.Value
	fmt.Println(v.IsValid(), v.Kind(), v.String(), v)
	m := map[string]int{}
	got := reflect.ValueOf(m).MapIndex(reflect.ValueOf("nope"))
	fmt.Println(got.IsValid())
	got.SetInt(1)
}
