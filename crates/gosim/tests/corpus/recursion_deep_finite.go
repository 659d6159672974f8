package main

import "fmt"

// Deep recursion that ends is no stack overflow in Go: its stack grows to 1 GB.
// 90,000 calls stay inside the engine's call-depth limit.
func count(n int) int {
	if n == 0 {
		return 0
	}
	return count(n-1) + 1
}

func sum(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sum(xs[1:])
}

func main() {
	fmt.Println(count(90000))
	xs := make([]int, 50000)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(sum(xs))
}
