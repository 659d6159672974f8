package main

import "reflect"

func main() {
	x := 3
	v := reflect.ValueOf(x)
	v.SetInt(4)
}
