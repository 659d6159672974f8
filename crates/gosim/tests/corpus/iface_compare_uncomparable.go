package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = 1
	fmt.Println(a == b) // different dynamic types: false, no panic
	var c any = []int{1}
	fmt.Println(a == c)
}
