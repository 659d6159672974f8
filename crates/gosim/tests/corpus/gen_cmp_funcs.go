package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Score float64

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.5, 2.5))
	fmt.Println(cmp.Less(3, 4), cmp.Less("z", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Or("", "fallback", "other"), cmp.Or(0, 0, 3), cmp.Or[string]())
	scores := []Score{3.5, 1.25, 2}
	slices.Sort(scores)
	fmt.Println(scores, slices.Max(scores))
	fs := []float64{3, nan, 1}
	slices.Sort(fs)
	fmt.Println(fs)
}
