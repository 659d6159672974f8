package main

import "fmt"

type pair struct{ k, v string }

func main() {
	// A closure that names a variable only as a map literal's key captures it.
	k := "a"
	f := func() map[string]int { return map[string]int{k: 1} }
	k = "b"
	fmt.Println(f())

	// In a struct literal the same name is a field, not the variable.
	v := "outer"
	g := func() pair { return pair{k: "key", v: v} }
	v = "changed"
	fmt.Println(g())

	// Keys that are variables inside a range-over-func body.
	seq := func(yield func(string) bool) {
		for _, s := range []string{"x", "y"} {
			if !yield(s) {
				return
			}
		}
	}
	m := map[string]bool{}
	for s := range seq {
		m = map[string]bool{s: true, k: false}
	}
	fmt.Println(m)
}
