package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

// depth forgets its base case: it recurses forever. (The number of frames that
// fit in Go's 1 GB stack limit depends on the compiler, so nothing is printed
// from inside the recursion.)
func depth(t *Tree, d int) int {
	if t.Left != nil {
		return depth(t.Left, d+1) + 1
	}
	return depth(t, d+1) + 1
}

func main() {
	t := &Tree{Val: 1, Right: &Tree{Val: 2}}
	fmt.Println("start, right child", t.Right.Val)
	fmt.Println(depth(t, 1))
	fmt.Println("never printed")
}
