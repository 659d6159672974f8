package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Any   any
	Shape Shape
	Err   error
}

func main() {
	h := Holder{Any: 42, Shape: Sq{3}}
	v := reflect.ValueOf(&h).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.Type(), f.IsNil(), f.Elem().IsValid())
	}
	inner := v.Field(1).Elem()
	fmt.Println(inner.Type(), inner.Kind(), inner.CanSet(), inner.Field(0).Float())
	out := v.Field(1).MethodByName("Area").Call(nil)
	fmt.Println(out[0].Float(), v.Field(1).NumMethod(), v.Field(1).Type().Method(0).Name)
	v.Field(0).Set(reflect.ValueOf("now a string"))
	v.Field(2).Set(reflect.ValueOf(fmt.Errorf("bad")))
	fmt.Println(h.Any, h.Err, v.Field(0).Elem().Kind())
	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shapeT, shapeT.Kind(), reflect.TypeOf(Sq{}).Implements(shapeT), reflect.TypeOf(1).Implements(shapeT))
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(errT, errT.Name(), reflect.TypeOf(fmt.Errorf("x")).Implements(errT))
}
