package main

import "fmt"

func MustGet[K comparable, V any](m map[K]V, k K) V {
	v, ok := m[k]
	if !ok {
		panic(fmt.Sprintf("missing key %v", k))
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(MustGet(m, "a"))
	fmt.Println(MustGet(m, "b"))
}
