// gosim: compile-error
package main

import "fmt"

type List[T any] = []T

func main() {
	var xs List[int, string]
	fmt.Println(xs)
}
