package main

import (
	"fmt"
	"iter"
	"slices"
)

type Set[K comparable] = map[K]struct{}

type List[T any] = []T

type Pair[A, B any] struct {
	First  A
	Second B
}

type Twin[T any] = Pair[T, T]

type Seq[V any] = iter.Seq[V]

type Mapper[A, B any] = func(A) B

func add[K comparable](s Set[K], keys ...K) {
	for _, k := range keys {
		s[k] = struct{}{}
	}
}

func apply[A, B any](xs List[A], f Mapper[A, B]) List[B] {
	var out List[B]
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func countTo(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := Set[string]{}
	add(s, "go", "rust", "go")
	fmt.Println(len(s))
	var m map[string]struct{} = s
	fmt.Printf("%T %d\n", m, len(m))

	xs := List[int]{3, 1, 2}
	var plain []int = xs
	fmt.Printf("%T %v\n", xs, plain)
	strs := apply(xs, func(n int) string { return fmt.Sprint(n, "!") })
	fmt.Println(strs)

	t := Twin[string]{"left", "right"}
	var p Pair[string, string] = t
	fmt.Printf("%T %+v\n", t, p)

	fmt.Println(slices.Collect(countTo(4)))
	var f Mapper[int, bool] = func(n int) bool { return n > 1 }
	fmt.Printf("%T %v\n", f, f(2))
}
