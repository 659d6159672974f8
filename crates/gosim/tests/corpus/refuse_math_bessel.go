// gosim: refused 12:19: not supported here: math.J0
package main

import (
	"fmt"
	"math"
)

// The Bessel functions are not in the engine's math yet: it refuses them by name
// rather than answer with another library's rounding.
func main() {
	fmt.Println(math.J0(2.5), math.Sin(math.Pi/6))
}
