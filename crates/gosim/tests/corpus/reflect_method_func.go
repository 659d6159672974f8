package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t T) M(k int) int { return t.n + k }
func (t *T) P() int      { return t.n * 2 }

func main() {
	m := reflect.TypeOf(T{}).Method(0)
	fmt.Println(m.Func.Type(), m.Func.Kind(), m.Func.Call([]reflect.Value{reflect.ValueOf(T{3}), reflect.ValueOf(4)})[0].Int())
	pm, _ := reflect.TypeOf(&T{}).MethodByName("P")
	fmt.Println(pm.Func.Type(), pm.Func.Call([]reflect.Value{reflect.ValueOf(&T{5})})[0])
	pm2, _ := reflect.TypeOf(&T{}).MethodByName("M")
	fmt.Println(pm2.Func.Type(), pm2.Func.Call([]reflect.Value{reflect.ValueOf(&T{5}), reflect.ValueOf(1)})[0])
	fmt.Println([]reflect.Value{reflect.ValueOf(1)}, struct{ V reflect.Value }{reflect.ValueOf(2)})
}
