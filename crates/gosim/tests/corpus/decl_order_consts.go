package main

// Package-level constants may name constants declared further down.

import "fmt"

const (
	total   = width * height
	width   = border + 10
	height  = width / 2
	border  = 2
	label   = prefix + "-grid"
	prefix  = "big"
	maxSize = Size(total) * scale
)

type Size int

const scale Size = 3

const (
	first = iota + offset
	second
	third
)

const offset = 100

func main() {
	fmt.Println(total, width, height, border)
	fmt.Println(label, maxSize)
	fmt.Printf("%T %v\n", maxSize, maxSize)
	fmt.Println(first, second, third)
}
