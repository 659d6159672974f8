package main

import "fmt"

type cache struct {
	hits map[string]int
	buf  []int
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(m, alias)
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s), cap(s))
	ps := []*int{new(int), new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)
	type pt struct{ x, y int }
	pts := make([]pt, 2, 4)
	pts[0] = pt{1, 2}
	clear(pts[:cap(pts)][1:])
	fmt.Println(pts)
	var nm map[int]bool
	clear(nm)
	var ns []string
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
	c := cache{hits: map[string]int{"x": 9}, buf: []int{7, 8}}
	defer fmt.Println("deferred clear ran:", len(c.hits))
	defer clear(c.hits)
	clear(c.buf)
	fmt.Println(c.buf)
	// Deleting during a range: a cleared map yields no more entries.
	big := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	n := 0
	for range big {
		n++
		clear(big)
	}
	fmt.Println(n, len(big))
}
