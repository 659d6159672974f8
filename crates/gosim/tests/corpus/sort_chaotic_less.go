package main

import (
	"fmt"
	"sort"
)

// A less function that answers from a pseudo-random stream is no ordering at all,
// but Go's sort still makes a fixed sequence of calls on it: this walks every path of
// pdqsort (pattern breaking, the heapsort fallback, partial insertion sort) and the
// final order shows whether each step was the same.
func main() {
	// true a quarter of the time; then almost never and almost always, which makes
	// every partition lopsided and ends in the heapsort.
	for _, bits := range []uint64{2, 6, 66} {
		run(bits)
	}
}

func run(bits uint64) {
	for _, n := range []int{13, 30, 64, 100, 257, 600} {
		state := uint64(n)*2862933555777941757 + 3037000493
		flip := func() bool {
			state = state*6364136223846793005 + 1442695040888963407
			if bits > 64 {
				return state>>(bits-64) != 0
			}
			return state>>(64-bits) == 0
		}
		x := make([]int, n)
		for i := range x {
			x[i] = i
		}
		calls := 0
		sort.Slice(x, func(i, j int) bool { calls++; return flip() })
		sum := 0
		for i, v := range x {
			sum = (sum*131 + v + i) % 998244353
		}
		fmt.Println(bits, n, calls, sum, x[:8])
	}
}
