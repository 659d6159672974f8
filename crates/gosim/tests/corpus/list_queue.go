package main

import (
	"container/list"
	"fmt"
)

// A FIFO queue of waiters where a waiter may leave from the middle, the way a
// weighted semaphore keeps its queue.
type waiter struct {
	name string
	n    int
}

func main() {
	q := list.New()
	els := map[string]*list.Element{}
	for i, name := range []string{"w1", "w2", "w3", "w4"} {
		els[name] = q.PushBack(waiter{name, i + 1})
	}
	// w2 gives up: it leaves from the middle.
	w := q.Remove(els["w2"]).(waiter)
	fmt.Println("left:", w.name, w.n)

	free := 5
	for q.Len() > 0 {
		front := q.Front()
		next := front.Value.(waiter)
		if next.n > free {
			fmt.Println("head of line blocks:", next.name, "wants", next.n, "free", free)
			break
		}
		free -= next.n
		q.Remove(front)
		fmt.Println("granted", next.name, next.n, "free now", free)
	}
	for e := q.Front(); e != nil; e = e.Next() {
		fmt.Printf("%v %T\n", e.Value, e.Value)
	}
	fmt.Printf("%T %T\n", q, q.Front())
	q.InsertAfter(waiter{"w5", 1}, q.Front())
	q.MoveToFront(q.Back())
	fmt.Println(q.Front().Value, q.Back().Value, q.Len())
	fmt.Println(q.Front().Next().Next() == nil, q.Back().Prev() == q.Front())
}
