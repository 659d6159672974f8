package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1.0), max(1, 2.5), min("banana", "apple", "cherry"), max("a", "b"))
	x, y := 10, 20
	fmt.Println(min(x, y, 15), max(x, y, 15))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	for i := range 5 {
		fmt.Printf("%d ", i)
	}
	fmt.Println()
	n := 3
	total := 0
	for i := range n * 2 {
		total += i
	}
	fmt.Println("total:", total)
	for range 2 {
		fmt.Println("twice")
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	var count int8 = 4
	for i := range count {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()

	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, v := range []int{-5, 5, 50} {
		fmt.Println(v, "->", clamp(v, 0, 10))
	}

	best := 0
	scores := []int{12, 45, 7, 45, 30}
	for i := range len(scores) {
		best = max(best, scores[i])
	}
	fmt.Println("best:", best)
}
