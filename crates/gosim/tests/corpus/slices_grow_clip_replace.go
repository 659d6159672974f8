// slices.Grow, Clip and Replace, with the capacities Go gives.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := make([]int, 3, 4)
	s = slices.Grow(s, 1)
	fmt.Println(len(s), cap(s))
	s = slices.Grow(s, 10)
	fmt.Println(len(s), cap(s))
	c := slices.Clip(s)
	fmt.Println(len(c), cap(c))

	r := []string{"a", "b", "c", "d", "e"}
	r = slices.Replace(r, 1, 3, "X")
	fmt.Println(r, len(r))
	r = slices.Replace(r, 1, 2, "P", "Q", "R")
	fmt.Println(r, len(r))
	r = slices.Replace(r, 0, 0, "start")
	fmt.Println(r)
	r = slices.Replace(r, 4, len(r), "end")
	fmt.Println(r)

	full := []int{1, 2, 3, 4, 5, 6}
	base := full[:4]
	out := slices.Replace(base, 1, 2, 7, 8)
	fmt.Println(out, full)

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Grow([]int{}, -1)
}
