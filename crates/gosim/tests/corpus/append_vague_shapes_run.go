package main

import (
	"fmt"
	"sort"
)

// Shapes where Go's capacity after append depends on inlining and its slice
// pass (a helper returning the slice, a closure, defer, a struct field, a
// range, sort, an alias): the engine refuses cap() there, but programs that
// only read the lengths and the elements run as Go runs them.
type bag struct{ items []int }

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func show(s []int) { fmt.Println("deferred", len(s), s) }

func main() {
	sq := build(5)
	sq = append(sq, 99)
	fmt.Println(len(sq), sq)

	var acc []int
	add := func(v int) { acc = append(acc, v) }
	add(3)
	add(1)
	add(2)
	sort.Ints(acc)
	fmt.Println(len(acc), acc)

	var d []int
	d = append(d, 7, 8)
	defer show(d)

	var b bag
	for i := 0; i < 3; i++ {
		b.items = append(b.items, i)
	}
	fmt.Println(len(b.items), b.items)

	var r []int
	for i := 0; i < 4; i++ {
		r = append(r, i)
	}
	t := 0
	for _, v := range r {
		t += v
	}
	alias := r
	fmt.Println(t, len(r), len(alias), alias[:2])
	r = append(r[:1], r[2:]...)
	fmt.Println(r, alias)
}
