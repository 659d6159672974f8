package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		return s.items[len(s.items)-1], true
	}
	return
}

func main() {
	s := &Stack[rune]{}
	for _, r := range "go!" {
		s.Push(r)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c ", v)
	}
	fmt.Println()
	var t Stack[[]int]
	t.Push([]int{1, 2})
	v, ok := t.Peek()
	fmt.Println(v, ok)
	var e Stack[error]
	fmt.Println(e.Peek())
}
