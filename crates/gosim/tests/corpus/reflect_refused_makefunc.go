// gosim: refused 12:16: not supported here: reflect.MakeFunc
package main

import (
	"fmt"
	"reflect"
)

func main() {
	var f func(int) int
	t := reflect.TypeOf(f)
	fn := reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(args[0].Int() * 2))}
	})
	reflect.ValueOf(&f).Elem().Set(fn)
	fmt.Println(f(21))
}
