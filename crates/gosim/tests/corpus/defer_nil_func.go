package main

import "fmt"

var steps []string

// Deferring a nil func value is fine; the panic comes when the deferred call runs,
// after the function's body (and its later defers) ran.
func work() {
	var cleanup func()
	defer fmt.Println("first deferred, runs last")
	defer cleanup()
	defer func() { steps = append(steps, "later defer ran") }()
	steps = append(steps, "body finished")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(steps)
	}()
	work()
	fmt.Println("not reached")
}
