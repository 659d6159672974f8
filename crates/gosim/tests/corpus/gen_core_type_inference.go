package main

import "fmt"

type Names []string

func Last[S ~[]E, E any](s S) E {
	return s[len(s)-1]
}

func Grow[S ~[]E, E any](s S, v E) S {
	return append(s, v)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

type Ages map[string]int

func main() {
	ns := Names{"ann", "bo"}
	fmt.Println(Last(ns))
	g := Grow(ns, "cy")
	fmt.Printf("%v %T\n", g, g)
	fmt.Println(Keys(Ages{"a": 1, "b": 2}))
}
