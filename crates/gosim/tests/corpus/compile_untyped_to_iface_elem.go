// gosim: compile-error
// An untyped constant in a slice of interfaces gets its default type first:
// Go shows it as a constant of type int, in an "array or slice literal".
package main

import "fmt"

type animal interface{ speak() string }

type dog struct{}

func (dog) speak() string { return "woof" }

func main() {
	zoo := []animal{dog{}, 5}
	fmt.Println(len(zoo))
}
