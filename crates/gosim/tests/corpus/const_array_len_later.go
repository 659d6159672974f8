package main

import "fmt"

// Board's length is a constant declared below it, as gofmt'd code often has.
type Board [Size][Size]byte

type Ring struct {
	buf  [Cap]int
	head int
}

const (
	Size = 3
	Cap  = Size * 2
)

func (r *Ring) Push(v int) {
	r.buf[r.head%Cap] = v
	r.head++
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	b[1][1] = 'X'
	for _, row := range b {
		fmt.Println(string(row[:]))
	}
	var r Ring
	for i := 1; i <= 8; i++ {
		r.Push(i * i)
	}
	fmt.Println(r.buf, r.head, len(r.buf))
}
