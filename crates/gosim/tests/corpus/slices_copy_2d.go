package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	n = copy(src[1:], src) // overlapping copy shifts right
	fmt.Println(n, src)

	b := make([]byte, 4)
	n = copy(b, "golang")
	fmt.Println(n, string(b), b)

	rows, cols := 3, 4
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = make([]int, cols)
		for c := range grid[r] {
			grid[r][c] = r*cols + c
		}
	}
	fmt.Println(grid)

	// Transpose.
	t := make([][]int, cols)
	for c := 0; c < cols; c++ {
		t[c] = make([]int, rows)
		for r := 0; r < rows; r++ {
			t[c][r] = grid[r][c]
		}
	}
	for _, row := range t {
		fmt.Printf("%3d\n", row)
	}

	// Jagged triangle of binomial coefficients.
	tri := [][]int{{1}}
	for i := 1; i < 6; i++ {
		prev := tri[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(row)
	}

	alias := grid[1]
	alias[0] = -1
	clone := append([]int(nil), grid[2]...)
	clone[0] = -2
	fmt.Println(grid[1][0], grid[2][0])
}
