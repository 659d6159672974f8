package main

// gosim: refused 14:2: not supported here: a division or shift by a variable in an assigned place whose value can panic too (gc's order)

import "fmt"

// gc divides for the place's index before the value (the division's panic), yet
// checks the place's bounds after it.

func main() {
	a := []int{1}
	z := 0
	defer func() { fmt.Println(recover()) }()
	a[1/z] = a[5]
}
