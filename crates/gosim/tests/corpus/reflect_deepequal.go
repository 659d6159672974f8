package main

import (
	"fmt"
	"reflect"
)

type P struct {
	Name string
	Tags []string
	M    map[string]int
	Next *P
}

func main() {
	a := P{"x", []string{"a"}, map[string]int{"k": 1}, &P{Name: "n"}}
	b := P{"x", []string{"a"}, map[string]int{"k": 1}, &P{Name: "n"}}
	fmt.Println(reflect.DeepEqual(a, b))
	b.Tags[0] = "b"
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[int]int{}, map[int]int(nil)))
	fmt.Println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	var f1, f2 func()
	fmt.Println(reflect.DeepEqual(f1, f2), reflect.DeepEqual(func() {}, func() {}))
	fmt.Println(reflect.DeepEqual([2]any{1, "a"}, [2]any{1, "a"}), reflect.DeepEqual([]any{1}, []any{1.0}))
	c := &P{Name: "cycle"}
	c.Next = c
	d := &P{Name: "cycle"}
	d.Next = d
	fmt.Println(reflect.DeepEqual(c, d))
	var e1 error = fmt.Errorf("x")
	fmt.Println(reflect.DeepEqual(e1, e1), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
}
