package main

// The min and max builtins order -0 below +0 and let NaN win.

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	zero := 0.0
	fmt.Println(max(negZero, zero), max(zero, negZero), min(negZero, zero), min(zero, negZero))
	fmt.Println(max(negZero, negZero), min(zero, zero), max(negZero, zero, negZero), min(1, negZero, 2))
	fmt.Println(math.Signbit(max(negZero, zero)), math.Signbit(min(zero, negZero)))
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(2, nan), min(-1, 3.5), max(7, 2, 9))
}
