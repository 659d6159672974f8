package main

import (
	"fmt"
	"sort"
	"strings"
)

type op func(int, int) int

func apply(nums []int, f func(int) int) []int {
	out := make([]int, 0, len(nums))
	for _, n := range nums {
		out = append(out, f(n))
	}
	return out
}

func filter(nums []int, keep func(int) bool) []int {
	var out []int
	for _, n := range nums {
		if keep(n) {
			out = append(out, n)
		}
	}
	return out
}

func reduce(nums []int, start int, f op) int {
	acc := start
	for _, n := range nums {
		acc = f(acc, n)
	}
	return acc
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := apply(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	fmt.Println(filter(sq, func(n int) bool { return n%2 == 0 }))
	fmt.Println(reduce(nums, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(nums, 1, func(a, b int) int { return a * b }))

	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%s(7, 3) = %d\n", name, ops[name](7, 3))
	}

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello there "))

	var nothing func()
	fmt.Println("nil func:", nothing == nil)
	nothing = func() { fmt.Println("now callable") }
	nothing()
	fmt.Printf("%T\n", reduce)
}
