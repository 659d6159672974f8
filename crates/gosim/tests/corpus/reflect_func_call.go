package main

import (
	"fmt"
	"reflect"
	"strings"
)

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func swap(a, b int) (int, int) { return b, a }

func main() {
	f := reflect.ValueOf(swap)
	t := f.Type()
	fmt.Println(t, t.NumIn(), t.NumOut(), t.In(0), t.Out(1), t.IsVariadic())
	r := f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})
	fmt.Println(r[0].Int(), r[1].Int(), len(r))
	j := reflect.ValueOf(join)
	fmt.Println(j.Type(), j.Type().IsVariadic(), j.Type().In(1))
	fmt.Println(j.Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b"), reflect.ValueOf("c")})[0])
	fmt.Println(j.Call([]reflect.Value{reflect.ValueOf("+")})[0].Len())
	fmt.Println(j.CallSlice([]reflect.Value{reflect.ValueOf(","), reflect.ValueOf([]string{"x", "y"})})[0])
	count := 0
	inc := func(n int) { count += n }
	reflect.ValueOf(inc).Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(count)
	var show func(any) string = func(x any) string { return fmt.Sprint("<", x, ">") }
	fmt.Println(reflect.ValueOf(show).Call([]reflect.Value{reflect.ValueOf(42)})[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	f.Call([]reflect.Value{reflect.ValueOf(1)})
}
