package main

import "fmt"

// `x op= y` and `x++` read their variable, so Go counts it as used even when
// nothing else reads it; a plain `x = y` would not compile.
func main() {
	var total float64
	count := 0
	for i := 1; i <= 4; i++ {
		total += float64(i) / 2
		count++
	}
	var scale int
	scale *= 3
	var last string
	last += "never read"
	fmt.Println("loop ran")
	func() {
		var inner int
		inner--
	}()
	fmt.Println("done")
}
