// gosim: compile-error
// A generic function with no body is a type error in Go.
package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U

func main() {
	fmt.Println(len(Map([]int{1, 2}, func(i int) string { return "x" })))
}
