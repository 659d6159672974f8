// gosim: compile-error
package main

import "fmt"

func double(x int) int {
	var x int = 2
	return x * 2
}

func main() {
	fmt.Println(double(3))
}
