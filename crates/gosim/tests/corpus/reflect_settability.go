package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 3.4
	v := reflect.ValueOf(x)
	fmt.Println("settable of ValueOf(x):", v.CanSet(), v.CanAddr())
	p := reflect.ValueOf(&x)
	fmt.Println("settable of ValueOf(&x):", p.CanSet())
	e := p.Elem()
	fmt.Println("settable of Elem:", e.CanSet(), e.CanAddr())
	e.SetFloat(7.1)
	fmt.Println(x, e.Float(), e.Interface(), e)
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	fmt.Println(sv.CanSet(), sv.Index(1).CanSet())
	sv.Index(1).SetInt(20)
	fmt.Println(s)
	arr := [2]int{1, 2}
	av := reflect.ValueOf(arr)
	fmt.Println(av.Index(0).CanSet(), reflect.ValueOf(&arr).Elem().Index(0).CanSet())
	reflect.ValueOf(&arr).Elem().Index(0).SetInt(9)
	fmt.Println(arr)
}
