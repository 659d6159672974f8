package main

import "fmt"

type K struct {
	name string
	v    any
}

func try(label string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(label, r, isErr)
	}()
	f()
}

func main() {
	var sl any = []int{1}
	var mp any = map[int]int{}
	try("insert", func() { m := map[any]int{}; m[sl] = 1 })
	try("lookup", func() { m := map[any]int{1: 1}; _ = m[mp] })
	try("commaok", func() { m := map[any]int{1: 1}; _, _ = m[sl] })
	try("delete", func() { m := map[any]int{1: 1}; delete(m, sl) })
	try("incr", func() { m := map[any]int{1: 1}; m[sl]++ })
	try("emptylookup", func() { m := map[any]int{}; _ = m[sl] })
	try("nillookup", func() { var m map[any]int; _ = m[mp] })
	try("emptydelete", func() { m := map[any]int{}; delete(m, sl) })
	try("nested", func() { m := map[K]int{}; m[K{"a", []string{}}] = 1 })
	try("arraykey", func() { m := map[[2]any]int{}; m[[2]any{1, sl}] = 1 })
	try("literal", func() { _ = map[any]bool{sl: true} })
	m := map[any]int{1: 1, "one": 2, [2]int{1, 1}: 3}
	fmt.Println(len(m), m[1], m["one"], m[[2]int{1, 1}])
}
