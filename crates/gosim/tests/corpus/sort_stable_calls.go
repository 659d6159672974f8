package main

import (
	"fmt"
	"slices"
	"sort"
)

// Stable sorts keep equal elements in order; Go's does it with insertion-sorted blocks
// of 20 merged by SymMerge, and a Less that counts sees exactly those calls.
type rec struct {
	group int
	tag   string
}

type recs struct {
	r     []rec
	calls int
}

func (s *recs) Len() int           { return len(s.r) }
func (s *recs) Less(i, j int) bool { s.calls++; return s.r[i].group < s.r[j].group }
func (s *recs) Swap(i, j int)      { s.r[i], s.r[j] = s.r[j], s.r[i] }

func build(n int) []rec {
	out := make([]rec, n)
	for i := range out {
		out[i] = rec{(i*13 + i/3) % 6, fmt.Sprint(i)}
	}
	return out
}

func main() {
	for _, n := range []int{3, 19, 20, 21, 40, 41, 77, 160, 333} {
		s := &recs{r: build(n)}
		sort.Stable(s)
		a := build(n)
		calls := 0
		sort.SliceStable(a, func(i, j int) bool { calls++; return a[i].group < a[j].group })
		b := build(n)
		cmps := 0
		slices.SortStableFunc(b, func(x, y rec) int { cmps++; return x.group - y.group })
		same := slices.Equal(s.r, a) && slices.Equal(a, b)
		fmt.Println(n, s.calls, calls, cmps, same)
		if n <= 41 {
			fmt.Println(s.r)
		}
	}
}
