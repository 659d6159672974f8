package main

import "fmt"

// A slice expression is hoisted, so its bounds panic before the index.
var a = []int{1, 2, 3}

func main() {
	i, j := 5, 7
	fmt.Println(a[i], a[:j])
}
