package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, n := range []int{0, 1, 5, 8, 9, 17, 33, 100, 1000, 5000, 40000} {
		var sb strings.Builder
		sb.Grow(n)
		fmt.Println(n, sb.Len(), sb.Cap())
		sb.WriteString("hello")
		sb.Grow(n + 3)
		fmt.Println(n, sb.Len(), sb.Cap())
	}
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString("ab")
		fmt.Print(sb.Cap(), " ")
	}
	fmt.Println()
}
