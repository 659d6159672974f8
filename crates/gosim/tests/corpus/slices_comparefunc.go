// slices.CompareFunc compares element by element with its function, then by length.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func main() {
	calls := 0
	byValue := func(a int, b string) int {
		calls++
		n, _ := strconv.Atoi(b)
		return a - n
	}
	fmt.Println(slices.CompareFunc([]int{1, 2, 3}, []string{"1", "2", "3"}, byValue), calls)
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "5", "0"}, byValue), calls)
	fmt.Println(slices.CompareFunc([]int{1, 2, 3}, []string{"1", "2"}, byValue), calls)
	fmt.Println(slices.CompareFunc([]int{}, []string{"1"}, byValue), calls)
	fmt.Println(slices.CompareFunc([]string{"a", "B"}, []string{"A", "b"}, func(x, y string) int {
		return strings.Compare(strings.ToLower(x), strings.ToLower(y))
	}))
}
