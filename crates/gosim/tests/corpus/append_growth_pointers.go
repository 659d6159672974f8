package main

import "fmt"

type point struct{ x, y int }
type named struct {
	name string
	age  int
}

// Go's allocator gives a small object with pointers over 512 bytes an 8-byte header,
// so a growing []string lands on other capacities than a growing []point of the
// same element size.
func main() {
	var ss []string
	var ps []point
	var ns []named
	var ptrs []*int
	var ifs []any
	last := [5]int{-1, -1, -1, -1, -1}
	for i := 0; i < 5000; i++ {
		ss = append(ss, "x")
		ps = append(ps, point{i, i})
		ns = append(ns, named{"n", i})
		ptrs = append(ptrs, nil)
		ifs = append(ifs, i)
		caps := [5]int{cap(ss), cap(ps), cap(ns), cap(ptrs), cap(ifs)}
		if caps != last {
			fmt.Println(i+1, caps)
			last = caps
		}
	}
	big := append([]string(nil), make([]string, 2100)...)
	fmt.Println(len(big), cap(big))
}
