package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 3.4
	values := make(chan reflect.Value, 2)
	go func() { values <- reflect.ValueOf(&x).Elem() }()
	go func() { values <- reflect.ValueOf(x) }()

	v := <-values // whichever Value arrives first
	fmt.Println("CanSet:", v.CanSet())
	v.SetFloat(7.1)
	fmt.Println("x =", x)
}
