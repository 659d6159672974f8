package main

import "fmt"

type Speaker interface {
	Speak() string
	Volume() int
	Accent() string
}

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func main() {
	var x any = Dog{}
	// Go names the first missing method in name order: Accent, not Volume.
	s := x.(Speaker)
	fmt.Println("never", s)
}
