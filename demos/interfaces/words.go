package main

import "fmt"

type point struct{ x, y int }

func main() {
	var a any
	a = 7
	var b any = 1000
	var s any = "hi"
	var p any = &point{1, 2}
	var v any = point{3, 4}
	var ok any = true
	fmt.Println(a, b, s, p, v, ok)
}
