package main

import "fmt"

type ratio float32

// A float32 panic value prints with float32's shortest digits.
func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v %T\n", r, r)
		panic(ratio(2) / 3)
	}()
	panic(float32(0.1))
}
