package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Names []string

func describe(x any) {
	t := reflect.TypeOf(x)
	if t == nil {
		fmt.Println("nil interface")
		return
	}
	fmt.Printf("%-22s kind=%-9s name=%q\n", t, t.Kind(), t.Name())
}

func main() {
	describe(1)
	describe(uint8(2))
	describe(3.5)
	describe(Celsius(20))
	describe("s")
	describe(true)
	describe([]int{1})
	describe([3]string{})
	describe(map[string]int{})
	describe(make(chan int))
	describe(func(int) string { return "" })
	describe(&struct{ A int }{})
	describe(Names{})
	describe(nil)
	var e error = fmt.Errorf("x")
	describe(e)
	fmt.Println(reflect.Int, reflect.Ptr, reflect.Pointer == reflect.Ptr, reflect.Kind(100), reflect.UnsafePointer)
}
