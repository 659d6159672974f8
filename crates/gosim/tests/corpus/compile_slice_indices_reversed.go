// gosim: compile-error
package main

import "fmt"

func main() {
	window := []string{"mon", "tue", "wed", "thu", "fri"}
	// Constant bounds in the wrong order are caught by the compiler, not at run time.
	fmt.Println(window[1:4:5], window[3:2])
}
