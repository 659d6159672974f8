package main

import (
	"fmt"
	"reflect"
)

type Rec struct {
	I8   int8
	U    uint
	F    float64
	S    string
	B    bool
	L    []string
	M    map[string]int
	Any  any
	Next *Rec
}

func main() {
	var r Rec
	v := reflect.ValueOf(&r).Elem()
	v.Field(0).SetInt(300)
	v.Field(1).SetUint(7)
	v.Field(2).SetFloat(1.5)
	v.Field(3).SetString("hey")
	v.Field(4).SetBool(true)
	v.Field(5).Set(reflect.ValueOf([]string{"x"}))
	v.Field(6).Set(reflect.ValueOf(map[string]int{"k": 1}))
	v.Field(7).Set(reflect.ValueOf(3.5))
	v.Field(8).Set(reflect.ValueOf(&Rec{S: "next"}))
	fmt.Printf("%+v %v\n", r.I8, r.Next.S)
	fmt.Println(r.U, r.F, r.S, r.B, r.L, r.M, r.Any)
	other := reflect.ValueOf(&Rec{}).Elem()
	other.Set(v)
	fmt.Println(other.Field(3), other.Field(0).Int())
	cp := reflect.ValueOf(r)
	fmt.Println(cp.Field(3).CanSet(), cp.FieldByName("B").Bool())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Field(1).Set(reflect.ValueOf(1))
}
