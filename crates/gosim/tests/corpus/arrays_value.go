package main

import "fmt"

type Board [3][3]rune

func mark(b Board, r, c int) Board {
	b[r][c] = 'X'
	return b
}

func markPtr(b *Board, r, c int) { b[r][c] = 'O' }

func main() {
	a := [5]int{1, 2, 3}
	b := a // copies all elements
	b[0] = 100
	fmt.Println(a, b, len(a))
	fmt.Println(a == [5]int{1, 2, 3, 0, 0}, a == b)

	c := [...]string{2: "two", 0: "zero"}
	fmt.Printf("%d %q\n", len(c), c)

	var board Board
	for r := range board {
		for col := range board[r] {
			board[r][col] = '.'
		}
	}
	next := mark(board, 1, 1)
	markPtr(&board, 0, 2)
	for r := 0; r < 3; r++ {
		fmt.Printf("%c %c\n", board[r], next[r])
	}

	counts := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts)

	s := a[1:4]
	s[0] = 22
	fmt.Println("slice of array aliases it:", a, s)

	for i, v := range a {
		a[4] = 99 // range over an array iterates over a copy
		if i == 4 {
			fmt.Println("range saw", v, "array has", a[4])
		}
	}
	type pair struct {
		arr [2]int
	}
	p1 := pair{[2]int{1, 2}}
	p2 := p1
	p2.arr[1] = 5
	fmt.Println(p1, p2, p1 == p2)
}
