package main

// A value method reached through an interface holding a nil pointer to an
// instance of a generic type: Go's message names the type with its arguments
// elided, as its wrapper's symbol does.

import "fmt"

type Box[T any] struct{ item T }

func (b Box[T]) Describe() string { return fmt.Sprint("box of ", b.item) }

type Pair[K comparable, V any] struct {
	key K
	val V
}

func (p Pair[K, V]) Describe() string { return fmt.Sprint(p.key, "=", p.val) }

type describer interface{ Describe() string }

func show(d describer) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(d.Describe())
}

func main() {
	show(Box[int]{7})
	show((*Box[string])(nil))
	show(Pair[string, int]{"a", 1})
	show((*Pair[string, []int])(nil))
}
