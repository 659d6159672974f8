// gosim: compile-error
package main

import "fmt"

func main() {
	// nil has no type of its own here, so there is nothing to compare.
	fmt.Println(nil == nil)
}
