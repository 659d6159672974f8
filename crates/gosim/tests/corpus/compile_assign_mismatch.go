// gosim: compile-error
// Assigning a string constant to an int variable.
package main

import "fmt"

type Score struct {
	Name   string
	Points int
}

func main() {
	var count int
	scores := []Score{{"ann", 3}, {"bob", 5}}
	for _, s := range scores {
		count += s.Points
	}
	fmt.Println("count:", count)
	count = "s"
	fmt.Println(count)
}
