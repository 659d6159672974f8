package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"b": 2, "a": 1}
	n := 0
	for range maps.Keys(m) {
		n++
	}
	fmt.Println(n)
}
