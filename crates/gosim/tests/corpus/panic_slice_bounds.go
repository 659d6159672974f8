package main

import "fmt"

func window(data []int, start, size int) []int {
	return data[start : start+size]
}

func main() {
	data := make([]int, 3, 5)
	for i := range data {
		data[i] = i + 1
	}
	fmt.Println(window(data, 0, 2))
	fmt.Println(window(data, 1, 2))
	fmt.Println("beyond len but within cap is allowed:", window(data, 2, 3))
	fmt.Println(window(data, 3, 4))
	fmt.Println("never printed")
}
