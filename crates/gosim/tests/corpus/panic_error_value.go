package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

type Queue struct{ items []int }

func (q *Queue) Push(v int) { q.items = append(q.items, v) }

func (q *Queue) MustPop() int {
	if len(q.items) == 0 {
		panic(fmt.Errorf("MustPop: %w", ErrEmpty))
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var q Queue
	q.Push(1)
	q.Push(2)
	fmt.Println(q.MustPop(), q.MustPop())
	fmt.Println("popping from an empty queue...")
	fmt.Println(q.MustPop())
}
