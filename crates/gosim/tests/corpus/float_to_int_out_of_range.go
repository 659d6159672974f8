package main

import (
	"fmt"
	"math"
)

// conv prints f converted to every integer kind. Out of range (and NaN), Go's
// result is the implementation's: a linux/amd64 binary's SSE conversions.
func conv(f float64) {
	fmt.Println(f, int(f), int64(f), int32(f), int16(f), int8(f))
	fmt.Println("  ", uint(f), uint64(f), uint32(f), uint16(f), uint8(f), uintptr(f))
}

func main() {
	for _, f := range []float64{1e10, -1e10, math.NaN(), 300.7, -1.5, -300.7, 1e19, -1e19,
		3e9, -3e9, 2e19, math.Inf(1), math.Inf(-1), 70000, -70000, 9.3e18,
		1.8446744073709552e19, 4294967296.5, -0.9} {
		conv(f)
	}
	// A hash that scales a float into a bucket, as programs do.
	ratio := 1.7
	fmt.Println(int(ratio*1e19) % 7)
}
