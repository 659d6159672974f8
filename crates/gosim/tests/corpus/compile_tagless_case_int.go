// gosim: compile-error
// A switch without a tag compares each case with true, so an int case is a
// mismatch (Go's words name the switch "on true").
package main

import "fmt"

func main() {
	x := 1
	switch {
	case x:
		fmt.Println("one")
	}
}
