package main

import (
	"fmt"
	"sync"
)

// A bounded queue with two conditions: one for "not full", one for "not empty".
type Queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	limit    int
	maxSeen  int
}

func NewQueue(limit int) *Queue {
	q := &Queue{limit: limit}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxSeen {
		q.maxSeen = len(q.items)
	}
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(2)
	go func() {
		for i := 1; i <= 8; i++ {
			q.Put(i * i)
		}
	}()
	sum := 0
	for i := 0; i < 8; i++ {
		v := q.Get()
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("sum:", sum, "never over limit:", q.maxSeen <= 2)
}
