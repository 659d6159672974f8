package main

import "fmt"

// Go's compiler gives a slice that stays in its function one 32-byte stack
// buffer, at the first append it compiles for that variable, when the slice
// is empty there (whatever its capacity) and the new elements fit. A spread
// append (`s = append(s, xs...)`) never takes the buffer, and printing the
// slice itself moves its appends to the heap.
func pick(first bool) {
	var s []int
	if first {
		s = append(s, 1)
	} else {
		s = append(s, 2)
	}
	fmt.Println("pick", first, len(s), cap(s))
}

func reserved() {
	s := make([]int, 0, 1)
	s = append(s, 1, 2)
	fmt.Println("reserved", len(s), cap(s))
	b := make([]byte, 0, 3)
	b = append(b, 'a', 'b', 'c', 'd')
	fmt.Println("reserved bytes", len(b), cap(b))
}

func spread() {
	var s []int
	xs := []int{1, 2, 3}
	s = append(s, xs...)
	fmt.Println("spread", len(s), cap(s))
	s = append(s, 4, 5)
	fmt.Println("spread then more", len(s), cap(s))
}

func tooBig() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println("too big", len(s), cap(s))
}

func printed() {
	var s []int
	s = append(s, 1)
	fmt.Println(s, len(s), cap(s))
}

func main() {
	pick(true)
	pick(false)
	reserved()
	spread()
	tooBig()
	printed()
	var words []string
	for _, w := range []string{"a", "b", "c"} {
		words = append(words, w)
		fmt.Println("words", len(words), cap(words))
	}
}
