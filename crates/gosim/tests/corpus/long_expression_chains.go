package main

import "fmt"

// Long operator chains and deep index chains compile in time linear-ish in their
// length (each operand's type was worked out again at every level).
func main() {
	s0, s1, s2, s3 := "a", "b", "c", "-"
	n := 1
	word := s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3 + s0 + s1 + s2 + s3
	sum := n + 0 + n + 1 + n + 2 + n + 3 + n + 4 + n + 5 + n + 6 + n + 7 + n + 8 + n + 9 + n + 10 + n + 11 + n + 12 + n + 13 + n + 14 + n + 15 + n + 16 + n + 17 + n + 18 + n + 19 + n + 20 + n + 21 + n + 22 + n + 23 + n + 24 + n + 25 + n + 26 + n + 27 + n + 28 + n + 29
	ok := n > -50 && n > -49 && n > -48 && n > -47 && n > -46 && n > -45 && n > -44 && n > -43 && n > -42 && n > -41 && n > -40 && n > -39 && n > -38 && n > -37 && n > -36 && n > -35 && n > -34 && n > -33 && n > -32 && n > -31 && n > -30 && n > -29 && n > -28 && n > -27 && n > -26 && n > -25 && n > -24 && n > -23 && n > -22 && n > -21
	grid := [][][][][][][][][][][][][][][][][][][][][][][][][]int{{{{{{{{{{{{{{{{{{{{{{{{{7}}}}}}}}}}}}}}}}}}}}}}}}}
	fmt.Println(word)
	fmt.Println(sum, ok, len(grid[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]), grid[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0])
}
