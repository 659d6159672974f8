package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid(rows, cols int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for r := range upto(rows) {
			for c := range upto(cols) {
				if !yield(r, c) {
					return
				}
			}
		}
	}
}

// firstPair searches three nested loops and returns from the innermost.
func firstPair(target int) (a, b, c int) {
	for x := range upto(5) {
		for y := range upto(5) {
			for z := range upto(5) {
				if x*y*z == target {
					return x, y, z
				}
			}
		}
	}
	return 0, 0, 0
}

func main() {
	for r, c := range grid(3, 4) {
		if c == 3 {
			continue
		}
		if r == 3 && c == 2 {
			break
		}
		fmt.Print(r, ":", c, " ")
	}
	fmt.Println()
	fmt.Println(firstPair(12))
	fmt.Println(firstPair(1000))
	count := 0
outer:
	for x := range upto(4) {
	middle:
		for y := range upto(4) {
			for z := range upto(4) {
				switch {
				case z == 2 && y == 3:
					continue outer
				case z == 3:
					continue middle
				case x == 4:
					break outer
				}
				count++
				fmt.Print(x, y, z, " ")
			}
		}
	}
	fmt.Println()
	fmt.Println("count", count)
}
