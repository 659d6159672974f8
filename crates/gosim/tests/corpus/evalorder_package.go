package main

import "fmt"

// Package variables: each initializer is a statement of its own, ordered with
// its calls first; `var b, c = g, inc()` initializes b before c is computed.
var g int

func inc() int { g++; return g }

var a = g + inc()
var b, c = g, inc()
var d = []int{g, inc(), g}

func main() {
	fmt.Println(a, b, c, d)
}
