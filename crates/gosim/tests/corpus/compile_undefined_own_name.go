// gosim: compile-error
package main

import (
	"fmt"
	"time"
)

// The program's own undefined names keep Go's message, next to a library name.
func main() {
	d := time.Second
	fmt.Println(d, total)
}
