package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	names := []string{"kim", "ada", "lin", "bo", "eve"}
	for i, n := range slices.All(names) {
		fmt.Print(i, "=", n, " ")
	}
	fmt.Println()
	for v := range slices.Values(names) {
		if v == "bo" {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, n := range slices.Backward(names) {
		fmt.Print(i, ":", n, " ")
	}
	fmt.Println()

	upper := slices.Collect(func(yield func(string) bool) {
		for _, n := range names {
			if !yield(strings.ToUpper(n)) {
				return
			}
		}
	})
	fmt.Println(upper, len(upper))
	fmt.Println(slices.Sorted(slices.Values(names)))
	byLen := slices.SortedFunc(slices.Values(names), func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println(byLen)
	fmt.Println(slices.SortedStableFunc(slices.Values(names), func(a, b string) int {
		return len(b) - len(a)
	}))
	more := slices.AppendSeq([]string{"zed"}, slices.Values(names[:2]))
	fmt.Println(more)

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	chunks := slices.Collect(slices.Chunk(nums, 2))
	fmt.Println(len(chunks), chunks)
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	for c := range slices.Chunk(nums, 0) {
		fmt.Println(c)
	}
}
