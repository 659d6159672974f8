package main

// %p prints where a slice's backing array starts and which map a map value is:
// the numbers are the host's, so only their shape and equalities are printed.

import (
	"fmt"
	"strings"
)

func hexish(s string) bool {
	return strings.HasPrefix(s, "0x") && len(s) > 2
}

func main() {
	scores := []int{90, 75, 60, 45}
	window := scores[:2]
	tail := scores[1:]
	fmt.Println("slice shape:", hexish(fmt.Sprintf("%p", scores)))
	fmt.Println("same start:", fmt.Sprintf("%p", scores) == fmt.Sprintf("%p", window))
	fmt.Println("shifted start:", fmt.Sprintf("%p", scores) == fmt.Sprintf("%p", tail))
	fmt.Println("first element:", fmt.Sprintf("%p", tail) == fmt.Sprintf("%p", &scores[1]))

	grown := append(scores, 30)
	fmt.Println("moved on append:", fmt.Sprintf("%p", grown) != fmt.Sprintf("%p", scores))

	raw := []byte("abc")
	fmt.Println("bytes:", hexish(fmt.Sprintf("%p", raw)), fmt.Sprintf("%#p", raw)[:1] != "0")

	stock := map[string]int{"pens": 3}
	alias := stock
	other := map[string]int{"pens": 3}
	fmt.Println("map shape:", hexish(fmt.Sprintf("%p", stock)))
	fmt.Println("alias:", fmt.Sprintf("%p", stock) == fmt.Sprintf("%p", alias))
	fmt.Println("other:", fmt.Sprintf("%p", stock) == fmt.Sprintf("%p", other))

	var none []string
	var empty map[int]bool
	fmt.Printf("nil: %p %p [%6p] [%-5p]\n", none, empty, none, empty)
	fmt.Printf("array: %p\n", [2]int{1, 2})
}
