package main

import (
	"fmt"
	"math"
)

// The special functions and the float toolbox: gamma and factorials, the error
// function and the normal distribution, hyperbolic functions, and taking floats apart.
func main() {
	for n := 0; n <= 20; n += 4 {
		fmt.Println(n, math.Gamma(float64(n)+1), math.Gamma(float64(n)+0.5))
	}
	for _, x := range []float64{-2.5, -0.5, 0.1, 1.5, 10, 100, 171.5, 172} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign)
	}
	cdf := func(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
	for _, z := range []float64{-3, -1.96, -1, 0, 0.5, 1, 1.645, 1.96, 3, 6} {
		fmt.Printf("z=%v erf=%v erfc=%v cdf=%.6f\n", z, math.Erf(z), math.Erfc(z), cdf(z))
	}
	for _, x := range []float64{-20, -1, -0.25, 0, 0.3, 1, 5, 25} {
		fmt.Println(x, math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Asinh(x))
	}
	fmt.Println(math.Acosh(1), math.Acosh(2), math.Atanh(0.5), math.Atanh(-1), math.Acosh(0.5))
	for _, x := range []float64{0, -0.0, 1, 3.75, -1e-310, 1e300, math.Inf(1)} {
		frac, exp := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, frac, exp, math.Ldexp(frac, exp) == x, ip, fp, math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(0.75, 1024), math.Ldexp(3, -1076))
	for _, p := range [][2]float64{{10, 3}, {-10, 3}, {11, 2}, {5.5, 2}, {7.5, -2}, {1e20, 3}} {
		fmt.Println(p[0], p[1], math.Remainder(p[0], p[1]), math.Mod(p[0], p[1]), math.Dim(p[0], p[1]))
	}
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.FMA(0.1, 10, -1))
	fmt.Println(math.RoundToEven(2.5), math.RoundToEven(-3.5), math.RoundToEven(0.49999999999999994))
	fmt.Println(math.Erfinv(0.5), math.Erfcinv(0.05), math.Erfinv(-1), uint64(math.MaxUint64))
	for _, x := range []float64{0.5, 2.4048255576957727, 5, 12.5, -3} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Jn(3, x), math.Jn(-2, x))
		if x > 0 {
			fmt.Println("  ", math.Y0(x), math.Y1(x), math.Yn(4, x))
		}
	}
}
