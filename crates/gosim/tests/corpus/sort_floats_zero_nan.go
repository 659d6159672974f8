package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// -0 and +0 are equal and print differently, so the order pdqsort leaves them in is
// visible; NaNs go first in both sort.Float64s and slices.Sort.
func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	for _, n := range []int{10, 13, 31, 64, 130} {
		f := make([]float64, n)
		for i := range f {
			switch (i * 5) % 7 {
			case 0, 3:
				f[i] = negz
			case 1, 5:
				f[i] = 0
			case 2:
				f[i] = nan
			default:
				f[i] = float64(i%4) - 1.5
			}
		}
		g := slices.Clone(f)
		sort.Float64s(f)
		slices.Sort(g)
		fmt.Println(n, f)
		fmt.Println(n, g)
	}
	s := []string{"b", "a", "c", "a", "b", "d", "a", "c", "e", "b", "a", "d", "c", "a", "b"}
	sort.Strings(s)
	fmt.Println(s, sort.StringsAreSorted(s))
}
