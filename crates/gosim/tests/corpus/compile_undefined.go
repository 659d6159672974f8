// gosim: compile-error
// Using a name that was never declared (here: a typo of a variable in scope).
package main

import "fmt"

func scale(values []int, factor int) []int {
	out := make([]int, len(values))
	for i, v := range values {
		out[i] = v * factor
	}
	return out
}

func main() {
	x := []int{1, 2, 3}
	doubled := scale(x, 2)
	fmt.Println(doubled)
	fmt.Println(scale(y, 3))
}
