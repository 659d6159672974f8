// gosim: compile-error
// math's export data holds its unexported sqrt (Sqrt's inlinable body calls it), so Go
// says it is not exported rather than undefined.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.sqrt(2))
}
