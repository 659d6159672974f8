package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	B string
	C []int
	D *T
}

func main() {
	for _, x := range []any{0, 1, "", "a", T{}, T{A: 1}, []int(nil), []int{}, (*int)(nil), false, 0.0, map[int]int(nil), [2]int{}, [2]int{0, 1}} {
		fmt.Printf("%v:%v ", x, reflect.ValueOf(x).IsZero())
	}
	fmt.Println()
	z := reflect.Zero(reflect.TypeOf(T{}))
	fmt.Printf("%+v %v %v\n", z.Interface(), z.CanSet(), z.IsZero())
	n := reflect.New(reflect.TypeOf(T{}))
	n.Elem().Field(0).SetInt(5)
	n.Elem().Field(1).SetString("s")
	fmt.Printf("%+v %v\n", n.Elem().Interface(), n.Type())
	fmt.Printf("%v %v\n", reflect.Zero(reflect.TypeOf("")).String() == "", reflect.Zero(reflect.TypeOf(0)).Int())
	v := reflect.ValueOf(&T{}).Elem()
	v.Field(2).Set(reflect.ValueOf([]int{1, 2}))
	v.Field(3).Set(reflect.New(reflect.TypeOf(T{})))
	fmt.Println(v.Field(2).Len(), v.Field(3).IsNil(), v.IsZero())
}
