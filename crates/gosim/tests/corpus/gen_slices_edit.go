package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 2, 10, 11)
	fmt.Println(s, len(s), cap(s))
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, len(s), cap(s))
	s = slices.DeleteFunc(s, func(n int) bool { return n%2 == 0 })
	fmt.Println(s)
	c := slices.Compact([]string{"a", "a", "b", "b", "b", "a"})
	fmt.Println(c, len(c))
	small := make([]int, 2, 10)
	small = slices.Insert(small, 1, 7)
	fmt.Println(small, len(small), cap(small))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	var nilSlice []int
	fmt.Println(slices.Clone(nilSlice) == nil)
}
