package main

import "fmt"

// `go f()` of a nil func value with no arguments and no results is a fatal error
// at the go statement (not a panic that a deferred recover could stop).
func main() {
	defer func() {
		fmt.Println("never printed:", recover())
	}()
	var work func()
	fmt.Println("starting")
	go work()
	fmt.Println("not reached")
}
