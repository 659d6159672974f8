// gosim: compile-error
package main

import "fmt"

func Add[T any](a, b T) T { return a + b }

func Unused[T comparable](xs []T) int { return len(xs) }

func main() {
	fmt.Println("never runs")
}
