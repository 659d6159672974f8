package main

import (
	"errors"
	"fmt"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Walk(yield func(int) bool) {
	t.walk(yield)
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

var errBig = errors.New("too big")

// check returns through a named result that a deferred call then rewrites.
func check(t *Tree, limit int) (n int, err error) {
	defer func() {
		if err != nil {
			n = -n
		}
	}()
	for v := range t.Walk {
		if v > limit {
			return n, errBig
		}
		n++
	}
	return n, nil
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	walk := root.Walk
	for v := range walk {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(check(root, 100))
	fmt.Println(check(root, 4))

	ch := make(chan int, 1)
sel:
	switch {
	default:
		for v := range root.Walk {
			select {
			case ch <- v:
				fmt.Println("sent", v)
			default:
				fmt.Println("full at", v)
				break sel
			}
		}
		fmt.Println("not reached")
	}
	fmt.Println("after switch, buffered:", <-ch)

	for v := range func(yield func(string) bool) {
		yield("literal")
	} {
		fmt.Println(v)
	}
}
