// gosim: refused 11:19: not supported here: math.Float32bits
package main

import (
	"fmt"
	"math"
)

// The engine has no float32: math's float32 functions are refused by name.
func main() {
	fmt.Println(math.Float32bits(1.5), math.Float64bits(1.5))
}
