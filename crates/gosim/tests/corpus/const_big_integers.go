// Untyped integer constants go up to 512 bits in Go: past 64 (and past the
// engine's 128) they still divide, shift and compare exactly, and a float
// constant that is a whole number shifts as an integer.
package main

import (
	"fmt"
	"math"
)

const (
	big   = 1 << 149
	huge  = big * big * big // 447 bits
	p149  = 1.0 / (1 << 149)
	tiny  = 1.0 / (1 << 500) / (1 << 500) / (1 << 74)
	max32 = math.MaxFloat32
	ulp32 = 1.0 / (1 << 23) * (1 << 104)
	two64 = 1 << 64
)

func main() {
	fmt.Println(big>>140, big/(1<<140), big%1000, -big>>148, (-big-1)>>148)
	fmt.Println(huge>>440, huge/big/big == big, huge > big, -huge < -big)
	fmt.Println(1e100>>300, 1e302>>1000, float64(big))
	fmt.Println(math.Float32bits(float32(p149)), math.Float64bits(tiny))
	fmt.Println(math.Float32bits(float32(max32 + ulp32/2 - ulp32/two64)))
	fmt.Println(math.Float32bits(float32(-(max32 + ulp32/2 - ulp32/two64))))
	const s, r = string(rune(1 << 100 >> 90)), string(1 << 100)
	fmt.Printf("%q %q\n", s, r)
	var b int64 = big >> 100
	fmt.Println(b, uint64(huge>>384))
}
