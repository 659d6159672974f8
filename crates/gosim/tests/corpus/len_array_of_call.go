package main

import "fmt"

var calls int

func grid() *[3][4]int {
	calls++
	return &[3][4]int{}
}

func names() [5]string {
	calls++
	return [5]string{"a", "b"}
}

func main() {
	// len of an array is a constant only when its operand makes no call: here
	// the function runs each time.
	fmt.Println(len(grid()), cap(grid()[1]), calls)
	fmt.Println(len(names()), calls)
	n := 0
	for i := range grid() {
		n += i
	}
	fmt.Println(n, calls)

	// No call: a constant, and a nil pointer is never read.
	var p *[7]int
	fmt.Println(len(p), cap(p))
	const size = len([4]byte{})
	var buf [size * 2]byte
	fmt.Println(size, len(buf))
	ch := make(chan [2]int, 1)
	ch <- [2]int{1, 2}
	fmt.Println(len(<-ch), len(ch))
}
