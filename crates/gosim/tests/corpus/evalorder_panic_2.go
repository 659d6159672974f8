package main

import "fmt"

// A comparison given to fmt is hoisted, so its index panics first.
var a = []int{1, 2, 3}

func main() {
	i, j := 5, 7
	fmt.Println(a[i], a[j] == 0)
}
