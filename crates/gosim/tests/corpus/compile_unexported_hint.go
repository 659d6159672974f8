// gosim: compile-error
// A learner's lower-case library name: Go points at the exported one (math.sqrt,
// which Go's export data holds, would be "not exported" instead).
package main

import (
	"fmt"
	"math"
)

func main() {
	r := math.Sqrt(2)
	fmt.println("root", r)
}
