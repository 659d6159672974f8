package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }

type key struct {
	a string
	b int
}

func main() {
	s := NewSet("x", "y", "x")
	fmt.Println(s.Len(), s.Has("x"), s.Has("z"))
	k := NewSet(key{"a", 1}, key{"a", 1}, key{"b", 2})
	fmt.Println(k.Len(), k.Has(key{"b", 2}))
	var keys []string
	for v := range s.m {
		keys = append(keys, v)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Printf("%T\n", k)
}
