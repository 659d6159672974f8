package main

import (
	"fmt"
	"reflect"
)

type Calc struct{ base int }

func (c Calc) Add(a, b int) int       { return c.base + a + b }
func (c Calc) Name() string           { return "calc" }
func (c *Calc) Reset()                { c.base = 0 }
func (c Calc) Div(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %d by zero", a)
	}
	return a / b, nil
}

func main() {
	c := Calc{10}
	t := reflect.TypeOf(c)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&c).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index)
	}
	v := reflect.ValueOf(c)
	out := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})
	fmt.Println(out[0].Int(), out[0].Type())
	res := v.MethodByName("Div").Call([]reflect.Value{reflect.ValueOf(7), reflect.ValueOf(0)})
	fmt.Println(res[0], res[1], res[1].IsNil())
	res = v.Method(1).Call([]reflect.Value{reflect.ValueOf(9), reflect.ValueOf(2)})
	fmt.Println(res[0], res[1].IsNil(), v.Method(1).Type())
	fmt.Println(v.MethodByName("Reset").IsValid())
	pv := reflect.ValueOf(&c)
	pv.MethodByName("Reset").Call(nil)
	fmt.Println(c.base)
	m, ok := reflect.TypeOf(&c).MethodByName("Reset")
	fmt.Println(m.Name, m.Type, ok)
}
