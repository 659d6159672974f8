// gosim: refused 14:14: not supported here: comparing reflect.Value values with == (Go compares their type, pointer and flag words)
package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 1000
	a := reflect.ValueOf(x)
	b := reflect.ValueOf(x)
	fmt.Println(a.Int() == b.Int())
	fmt.Println(a == b)
}
