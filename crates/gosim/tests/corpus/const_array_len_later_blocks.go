package main

import "fmt"

// Array lengths naming constants from two const declarations further down (a group,
// then a single spec after a variable): every constant of the file is known to the
// types before any is declared.
type Matrix [Height][Width]float64

type Total [Cells]bool

const (
	Width  = 3
	Height = Width - 1
)

var scale = 1.5

const Cells = Width * Height

func main() {
	var m Matrix
	var seen Total
	n := 0
	for i := range m {
		for j := range m[i] {
			m[i][j] = scale * float64(n)
			seen[n] = true
			n++
		}
	}
	fmt.Println(m, len(seen), seen[Cells-1])
}
