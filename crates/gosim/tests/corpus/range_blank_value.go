package main

import "fmt"

func main() {
	// A blank value variable reads no element: ranging over a nil array pointer
	// with `i, _` counts like `i` alone.
	var arr *[5]int
	sum := 0
	for i, _ := range arr {
		sum += i
	}
	fmt.Println("sum", sum)

	var i int
	for i, _ = range arr {
	}
	fmt.Println("last", i)

	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range arr {
		fmt.Println(i, v)
	}
}
