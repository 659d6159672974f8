package main

import (
	"container/heap"
	"fmt"
)

type cursor struct {
	list, pos int
}

type mergeHeap struct {
	lists [][]int
	items []cursor
}

func (h *mergeHeap) Len() int { return len(h.items) }
func (h *mergeHeap) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	return h.lists[a.list][a.pos] < h.lists[b.list][b.pos]
}
func (h *mergeHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *mergeHeap) Push(x any)    { h.items = append(h.items, x.(cursor)) }
func (h *mergeHeap) Pop() any {
	n := len(h.items)
	c := h.items[n-1]
	h.items = h.items[:n-1]
	return c
}

func merge(lists ...[]int) []int {
	h := &mergeHeap{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			h.items = append(h.items, cursor{i, 0})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		c := h.items[0]
		out = append(out, lists[c.list][c.pos])
		if c.pos+1 < len(lists[c.list]) {
			h.items[0].pos++
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return out
}

func main() {
	fmt.Println(merge([]int{1, 4, 9}, []int{2, 3, 10, 11}, nil, []int{0, 5, 6, 7, 8}))
	fmt.Println(merge([]int{5}, []int{5}, []int{5, 5}))
	fmt.Println(merge())
}
