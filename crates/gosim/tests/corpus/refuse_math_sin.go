// gosim: refused 12:19: not supported here: math.Sin
package main

import (
	"fmt"
	"math"
)

// math.Sin's last bit depends on Go's algorithm: the engine refuses it by name
// rather than answer with another library's rounding.
func main() {
	fmt.Println(math.Sin(math.Pi / 6))
}
