package main

import "fmt"

var limit = 3

func init() {
	if limit < 5 {
		panic(fmt.Sprintf("limit %d is too small", limit))
	}
}

// A panic in init stops the program before main; the traceback names main.init.0.
func main() {
	fmt.Println("never here")
}
