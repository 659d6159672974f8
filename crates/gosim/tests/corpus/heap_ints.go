package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	fmt.Println("after Init:", *h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Printf("minimum: %d, heap: %v\n", (*h)[0], *h)
	(*h)[3] = -5
	heap.Fix(h, 3)
	fmt.Println("after Fix:", *h)
	fmt.Println("removed:", heap.Remove(h, 2), *h)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	// k smallest of a stream with a bounded max-heap.
	top := &maxHeap{}
	for _, v := range []int{42, 7, 19, 3, 88, 11, 5, 60} {
		heap.Push(top, v)
		if top.Len() > 3 {
			heap.Pop(top)
		}
	}
	fmt.Println("three smallest:", top.IntHeap)
}

type maxHeap struct{ IntHeap }

func (h maxHeap) Less(i, j int) bool { return h.IntHeap[i] > h.IntHeap[j] }
