package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]int{3, 1, 2}
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		sort.Slice(arr, func(i, j int) bool { return arr[i] < arr[j] })
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		sort.SliceStable(nil, func(i, j int) bool { return false })
	}()
	func() {
		defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }()
		sort.Slice("abc", func(i, j int) bool { return false })
	}()
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s, arr)
	sort.Slice(&s, func(i, j int) bool { return false })
}
