package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf("text")
	fmt.Println(v.Kind(), v.Len())
	fmt.Println(v.Int())
}
