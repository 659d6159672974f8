package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type P struct {
	X, Y int
}

func main() {
	v := reflect.ValueOf(P{1, 2})
	fmt.Println(v, v.String())
	fmt.Printf("%v %+v %#v %T\n", v, v, v, v)
	fmt.Println(reflect.ValueOf(Temp(21.5)), reflect.ValueOf(Temp(21.5)).String())
	fmt.Println(reflect.ValueOf(3), reflect.ValueOf("s"), reflect.ValueOf([]int{1, 2}))
	fmt.Println(reflect.Value{})
	fmt.Printf("%v|%T\n", reflect.Value{}, reflect.Value{})
	fmt.Println(reflect.TypeOf(v), reflect.TypeOf(P{}), reflect.TypeOf(Temp(0)))
	fmt.Printf("%v %s %T\n", reflect.TypeOf(1), reflect.TypeOf("x"), reflect.TypeOf(1))
	fmt.Println(reflect.ValueOf(P{}).Kind(), reflect.Struct)
	fmt.Printf("%d %v\n", reflect.ValueOf(10), reflect.ValueOf(&P{3, 4}).Elem())
	x := 5
	fmt.Println(reflect.ValueOf(&x).Elem())
}
