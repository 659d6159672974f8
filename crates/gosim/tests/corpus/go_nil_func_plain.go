package main

import "fmt"

func main() {
	defer func() {
		// A fatal error is no panic: nothing recovers it.
		fmt.Println("recovered?", recover())
	}()
	var task func()
	fmt.Println("starting")
	go task()
	fmt.Println("not reached")
}
