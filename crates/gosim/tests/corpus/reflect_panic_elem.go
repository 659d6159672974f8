package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println(reflect.TypeOf([]string{}).Elem(), reflect.TypeOf(map[int]bool{}).Elem())
	fmt.Println(reflect.TypeOf(struct{ A int }{}).Elem())
}
