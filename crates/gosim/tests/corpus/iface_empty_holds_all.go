package main

import "fmt"

type Op func(int) int

func main() {
	var items []any
	items = append(items, 1, "two", 3.0, []string{"four"}, map[int]bool{5: true},
		struct{ Six int }{6}, Op(func(n int) int { return n + 7 }), nil, 'r', byte(9), [2]bool{true})
	for i, it := range items {
		if _, isOp := it.(Op); isOp {
			fmt.Printf("%2d %-16T (a func)\n", i, it)
			continue
		}
		fmt.Printf("%2d %-16T %v\n", i, it, it)
	}
	if f, ok := items[6].(Op); ok {
		fmt.Println(f(0))
	}
	if _, ok := items[6].(func(int) int); !ok {
		fmt.Println("Op is not func(int) int")
	}
	r := items[8].(rune)
	b := items[9].(uint8)
	fmt.Println(r, b)
}
