package main

import "fmt"

// Go rejects duplicate integer, float and string constants in an expression switch,
// but not duplicate booleans: the first matching case wins.
func main() {
	const debug = false
	for _, on := range []bool{true, false} {
		switch on {
		case debug:
			fmt.Println(on, "first false case")
		case false:
			fmt.Println(on, "second false case")
		case true, true:
			fmt.Println(on, "true case")
		}
	}
}
