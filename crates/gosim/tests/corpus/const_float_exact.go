// Untyped float constants are exact rationals: rounding to float64 happens only once,
// where a typed value is needed.
package main

import (
	"fmt"
	"math"
)

const (
	third  = 1.0 / 3
	tenth  = 0.1
	angle  = math.Pi / 6
	huge   = 1e300 * 1e300 / 1e300 // 1e300: no overflow in between
	tiny   = 1e-320 * 1e10         // a subnormal times 1e10
	hexish = 0x1.8p1 + 0x_1p-2     // 3.25
	ratio  = 7 / 2.0
)

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, 0.3-0.1, 1.1*1.1)
	fmt.Println(third*3 == 1, third+third+third, 2.0/3)
	fmt.Println(math.Pi/6, math.Sin(angle), math.Pi*1e10, math.Pi*math.Pi)
	fmt.Println(math.Sqrt2*math.Sqrt2, math.E*math.E, math.Phi*math.Phi-math.Phi)
	fmt.Println(huge, tiny, hexish, ratio, 10/4, 10/4.0, 10.0/4)
	fmt.Println(tenth*3, tenth*3 == 0.3, tenth+tenth+tenth)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat64/2*2 == math.MaxFloat64)
	fmt.Println(1e23, 8.589973e9, 100000000000000000000000.0, 0.000001, 1e-7)
	fmt.Println(-0.0, 0.0*-1, 1/3.0 > 0.333333333333333333333)
	fmt.Printf("%.20f %b %x\n", 0.1+0.2, 0.1+0.2, 0.1+0.2)
	x := 0.1
	fmt.Println(x+0.2, x+0.2 == 0.3, 0.2+x == 0.1+0.2)
	var f float64 = 0.1 + 0.2
	fmt.Println(f, f == 0.3, int64(1e18+1), int(2.0*3.5), uint8(255.0))
	const big = 1 << 62
	fmt.Println(big*4.0/8, float64(big)/3, big/3.0)
}
