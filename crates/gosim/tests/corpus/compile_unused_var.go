// gosim: compile-error
// A local variable that is assigned but never read is a compile error in Go.
package main

import "fmt"

func total(prices []int) (sum int) {
	for i := range prices {
		sum += prices[i]
	}
	return
}

func main() {
	prices := []int{3, 4, 5}
	x := total(prices)
	fmt.Println("computing the total...")
}
