// gosim: refused 12:18: not supported here: methods with type parameters
// A method of a generic type with one more type parameter of its own (Go 1.27).
package main

import "fmt"

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(x T) { b.items = append(b.items, x) }

// Fold combines the items into an accumulator of another type.
func (b *Bag[T]) Fold[A any](acc A, f func(A, T) A) A {
	for _, x := range b.items {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	var b Bag[string]
	b.Put("go")
	b.Put("sim")
	fmt.Println(b.Fold(0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(b.Fold("", func(a, s string) string { return a + "<" + s + ">" }))
}
