package main

import "fmt"

// A map literal's constant entries go in first; the others are inserted one
// by one, each ordered as its own assignment (its value's calls before its key).
var g int

func inc() int { g++; return g }

func main() {
	g = 0
	fmt.Println(map[string]int{"a": g, "b": inc()})
	g = 0
	fmt.Println(map[int]int{g: inc()})
	g = 0
	fmt.Println(map[int]int{g: 0, inc(): 0, g + 10: 0})
	g = 1
	fmt.Println(map[int]int{g: 20, 1: 10})
	g = 1
	fmt.Println(map[int]int{g: 20, g - 1: inc(), 1: 10})
	g = 0
	fmt.Println(g, map[int]bool{1: true}[inc()], g)
}
