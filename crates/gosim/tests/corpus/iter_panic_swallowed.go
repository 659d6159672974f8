package main

import "fmt"

// swallow recovers a panic from the loop body and returns normally:
// the range statement then panics itself.
func swallow(yield func(string) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator recovered:", r)
	}()
	yield("first")
	yield("second")
}

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("run: %v", r)
		}
	}()
	for s := range swallow {
		fmt.Println("body", s)
		panic("boom in body")
	}
	return nil
}

func main() {
	fmt.Println(run())
}
