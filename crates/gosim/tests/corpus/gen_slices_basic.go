package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	fmt.Println(slices.Contains(xs, 8), slices.Contains(xs, 7), slices.Index(xs, 9), slices.Index(xs, 4))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	for _, t := range []int{5, 4, 0, 10} {
		i, found := slices.BinarySearch(xs, t)
		fmt.Println(t, i, found)
	}
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, xs, slices.Equal(xs, ys), len(ys), cap(ys))
	words := []string{"pear", "apple", "fig"}
	slices.Sort(words)
	fmt.Println(words, slices.Compare([]int{1, 2}, []int{1, 3}))
	fmt.Println(slices.IndexFunc(words, func(s string) bool { return len(s) == 4 }))
	fmt.Println(slices.ContainsFunc(xs, func(n int) bool { return n > 8 }))
}
