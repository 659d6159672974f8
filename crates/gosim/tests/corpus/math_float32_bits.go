package main

import (
	"fmt"
	"math"
)

// Float32bits gives the float32 encoding.
func main() {
	fmt.Println(math.Float32bits(1.5), math.Float64bits(1.5))
}
