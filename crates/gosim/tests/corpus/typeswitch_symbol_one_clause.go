package main

import "fmt"

// A type switch's symbol used in a single clause counts as used; constant keys
// of struct type may repeat in a map literal (only constants are checked).

type point struct{ x, y int }

func describe(v any) string {
	switch t := v.(type) {
	case int:
		return "an int"
	case string:
		return "the string " + t
	default:
		return "something else"
	}
}

func main() {
	fmt.Println(describe(4), describe("go"), describe(2.5))
	seen := map[point]int{{1, 2}: 1, {1, 2}: 2}
	fmt.Println(seen)
	switch n := 3; n {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
	}
}
