package main

// gosim: refused 17:2: not supported here: a division or shift by a variable in an assigned place whose value can panic too (gc's order)

import "fmt"

type S struct{ s []int }

// gc divides for the place's index before the value (the division's panic), yet
// reads p.s and checks the place after it.

func main() {
	a := []int{1}
	z := 0
	var p *S
	defer func() { fmt.Println(recover()) }()
	p.s[1/z] = a[5]
}
