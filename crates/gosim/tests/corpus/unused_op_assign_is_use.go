package main

import "fmt"

// `x++` and `x op= y` read x, so a variable only ever updated that way counts
// as used, in a closure or not; only a plain assignment leaves it unused.
func main() {
	var hits int
	count := func() { hits++ }
	count()

	var total int
	total += 5

	var bits uint8 = 1
	bits <<= 3

	calls := 0
	for i := 0; i < 3; i++ {
		func() { calls -= 1 }()
	}
	fmt.Println("done")
}
