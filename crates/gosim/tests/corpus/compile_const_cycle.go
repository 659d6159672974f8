// gosim: compile-error
package main

import "fmt"

const (
	low  = high - 10
	high = mid * 2
	mid  = low + 5
)

func main() {
	fmt.Println(low, high)
}
