package main

import (
	"fmt"
	"reflect"
)

func show(x any) string {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("int %d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprintf("uint %d", v.Uint())
	case reflect.Float64:
		return fmt.Sprintf("float %g", v.Float())
	case reflect.String:
		return fmt.Sprintf("string %q", v.String())
	case reflect.Bool:
		return fmt.Sprintf("bool %t", v.Bool())
	case reflect.Slice, reflect.Array:
		s := "list["
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				s += " "
			}
			s += show(v.Index(i).Interface())
		}
		return s + "]"
	case reflect.Map:
		return fmt.Sprintf("map of %d", v.Len())
	case reflect.Pointer:
		if v.IsNil() {
			return "nil pointer"
		}
		return "pointer to " + show(v.Elem().Interface())
	case reflect.Invalid:
		return "invalid"
	}
	return "other " + v.Kind().String()
}

func main() {
	n := 7
	for _, x := range []any{-3, uint16(9), 2.5, "hi", false, []int{1, 2}, [2]bool{true, false}, map[int]int{1: 1}, &n, (*int)(nil), nil, make(chan int)} {
		fmt.Println(show(x))
	}
}
