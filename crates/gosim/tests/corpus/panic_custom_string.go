package main

import (
	"fmt"
	"strings"
)

func mustPositive(n int) int {
	if n <= 0 {
		panic("mustPositive: got " + fmt.Sprint(n))
	}
	return n
}

func main() {
	var parts []string
	for _, n := range []int{3, 2, 1, 0, -1} {
		parts = append(parts, strings.Repeat("#", mustPositive(n)))
		fmt.Println(strings.Join(parts, " "))
	}
	fmt.Println("never printed")
}
