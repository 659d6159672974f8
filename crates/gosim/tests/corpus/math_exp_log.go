package main

import (
	"fmt"
	"math"
)

// Growth and decay: compound interest, half-lives and orders of magnitude, with
// exp, log and pow in every form a textbook reaches for.
func main() {
	principal, rate := 1000.0, 0.05
	for years := 0; years <= 30; years += 5 {
		t := float64(years)
		compound := principal * math.Pow(1+rate/12, 12*t)
		continuous := principal * math.Exp(rate*t)
		fmt.Printf("%2d years: %.2f %.2f %v\n", years, compound, continuous, continuous-compound)
	}
	fmt.Println("doubling time:", math.Log(2)/math.Log1p(rate), math.Log2(1e6), math.Log10(12345))
	halfLife := 5730.0
	for _, age := range []float64{1000, 5730, 20000, 50000} {
		fmt.Println(age, math.Exp(-math.Ln2*age/halfLife), math.Exp2(-age/halfLife))
	}
	for _, x := range []float64{1e-10, 1e-5, 0.5, 1, 2, 10, 100, 700, 709.8, -745, -746} {
		fmt.Println(x, math.Exp(x), math.Expm1(x), math.Log(math.Abs(x)), math.Log1p(x))
	}
	for _, x := range []float64{0, 1, 2, 8, 27, 1000, -64, 1e-300, 7} {
		fmt.Println(x, math.Cbrt(x), math.Sqrt(x), math.Log2(x), math.Log10(x))
	}
	for _, p := range [][2]float64{{2, 10}, {2, 0.5}, {2, -3}, {-2, 3}, {-8, 1.0 / 3}, {10, -310},
		{1.0001, 10000}, {0.5, 1074}, {0, -1}, {math.Copysign(0, -1), -3}, {-1, math.Inf(1)}, {3, 2.5}} {
		fmt.Println(p[0], p[1], math.Pow(p[0], p[1]))
	}
	for _, n := range []int{-324, -323, -5, 0, 3, 22, 23, 308, 309} {
		fmt.Println(n, math.Pow10(n))
	}
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(math.Inf(-1)), math.Log(math.E), math.Log10(0.001))
}
