package main

import (
	"fmt"
	"math"
)

// The exact functions of math over awkward values: halves, negative zero,
// infinities, NaN, huge and tiny numbers. Printed with %v and as bits.
func main() {
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -2.5, 2.4999999999999996, 1e300,
		-1e-320, 123456789.987654321, math.Inf(1), math.Inf(-1), math.NaN(), 4503599627370497.5,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2, 10, 1e-7}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x),
			math.Abs(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, -1))
		fmt.Printf("%#x %#x\n", math.Float64bits(math.Sqrt(x)), math.Float64bits(math.Round(x)))
		for _, y := range []float64{3, -0.75, math.Inf(1), 0, 1e-300} {
			fmt.Print(math.Mod(x, y), " ", math.Max(x, y), " ", math.Min(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64)
	fmt.Println(math.Max(math.Copysign(0, -1), 0), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Copysign(3, -1))
	var r float64 = math.Pi * 2
	fmt.Printf("%.20f %v\n", r, math.Sqrt(r*r) == r)
}
