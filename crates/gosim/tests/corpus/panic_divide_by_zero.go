package main

import "fmt"

func average(nums []int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total / len(nums)
}

func main() {
	fmt.Println(average([]int{1, 2, 3, 4}))
	fmt.Println(average([]int{10}))
	f := 1.0
	zero := 0.0
	fmt.Println("float division by zero does not panic:", f/zero, -f/zero)
	fmt.Println(average(nil))
	fmt.Println("never printed")
}
