package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// slices.SortFunc is Go's pdqsort over a slice: equal elements (same length here)
// come out in the order its exact steps leave them, and so does the count of calls.
func main() {
	words := strings.Fields(`the quick brown fox jumps over the lazy dog while a bright
		red kite drifts high above green fields and small birds sing their morning songs
		to anyone who will listen near the old stone bridge by the slow river bend`)
	for _, n := range []int{8, 12, 13, 24, 40, len(words)} {
		w := slices.Clone(words[:n])
		calls := 0
		slices.SortFunc(w, func(a, b string) int {
			calls++
			return cmp.Compare(len(a), len(b))
		})
		fmt.Println(n, calls, w)
	}
	type pt struct{ x, y int }
	var pts []pt
	for i := 0; i < 90; i++ {
		pts = append(pts, pt{(i * 37) % 11, i})
	}
	slices.SortFunc(pts, func(a, b pt) int { return b.x - a.x })
	fmt.Println(pts)
	slices.SortFunc(pts, func(a, b pt) int { return cmp.Compare(a.y%7, b.y%7) })
	fmt.Println(pts)
}
