package main

import "fmt"

type Box struct{ v any }

func try(label string, f func()) {
	defer func() { fmt.Println(label, recover()) }()
	f()
}

func main() {
	var f any = func() {}
	try("func", func() { fmt.Println(f == f) })
	var m any = map[string]int{}
	try("map", func() { fmt.Println(m == m) })
	var st any = struct{ a []int }{}
	try("struct", func() { fmt.Println(st == st) })
	var ar any = [1][]int{}
	try("array", func() { fmt.Println(ar == ar) })
	b1, b2 := Box{[]int{}}, Box{[]int{}}
	try("field", func() { fmt.Println(b1 == b2) })
	b3 := Box{1}
	try("mixed", func() { fmt.Println(b1 == b3) })
	try("ok", func() { fmt.Println(Box{1} == Box{1}, Box{"a"} == Box{"b"}) })
	var n1, n2 any
	try("nil", func() { fmt.Println(n1 == n2, n1 == f) })
	try("switch", func() {
		switch f {
		case 1:
			fmt.Println("one")
		default:
			fmt.Println("default")
		}
	})
}
