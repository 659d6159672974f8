// gosim: compile-error
// A forward goto may not skip a declaration in the label's block.
package main

import "fmt"

func main() {
	n := 3
	if n > 2 {
		goto report
	}
	msg := "small"
	fmt.Println(msg)
report:
	fmt.Println("n is", n)
}
