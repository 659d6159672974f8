package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// All yields from the top of the stack down.
func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for depth, v := range s.All() {
		fmt.Println(depth, v)
	}
	odd := func(n int) bool { return n%2 == 1 }
	sq := func(n int) string { return strconv.Itoa(n * n) }
	fmt.Println(slices.Collect(Take(Map(Filter(Naturals(), odd), sq), 5)))
	var seq iter.Seq[int] = Take(Naturals(), 3)
	fmt.Printf("%T\n", seq)
	for v := range seq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var pairs iter.Seq2[string, int] = func(yield func(string, int) bool) {
		_ = yield("one", 1) && yield("two", 2)
	}
	for k, v := range pairs {
		fmt.Println(k, v)
	}
}
