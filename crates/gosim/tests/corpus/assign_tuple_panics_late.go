package main

import "fmt"

// In a tuple assignment Go evaluates the index operands and pointers on the
// left first, then the values, and only then stores, left to right: a bad
// index or a nil pointer panics at its own store, after the earlier ones.

type node struct {
	val  int
	next *node
}

func main() {
	nums := []int{10, 20, 30}
	i := 0
	func() {
		defer func() { fmt.Println("slice:", recover() != nil, i, nums) }()
		i, nums[i], nums[7] = 2, 11, 99
	}()

	var grid [4]int
	k := 9
	func() {
		defer func() { fmt.Println("array:", recover() != nil, grid) }()
		grid[0], grid[k], grid[1] = 1, 2, 3
	}()

	pa := &[2]string{"a", "b"}
	func() {
		defer func() { fmt.Println("array pointer:", recover() != nil, *pa) }()
		pa[1], pa[k] = "z", "y"
	}()

	var missing *node
	count := 0
	func() {
		defer func() { fmt.Println("nil field:", recover() != nil, count) }()
		count, missing.val = 5, 6
	}()

	// Swaps and list surgery still see the old operands.
	nums[0], nums[2] = nums[2], nums[0]
	fmt.Println(nums)
	head := &node{1, &node{2, &node{3, nil}}}
	var prev *node
	for head != nil {
		head.next, prev, head = prev, head, head.next
	}
	for n := prev; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
}
