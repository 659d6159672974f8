// Command gen writes cases.txt: inputs to package math's functions and the bits of
// Go's results, for the engine's bit-for-bit test (tests/math_bits.rs). Run it with
// the real toolchain on linux/amd64 (a CPU with FMA, as Go's Exp then uses it):
//
//	cd crates/gosim/tests/math_bits && GOTOOLCHAIN=local go run gen.go > cases.txt
//
// Each line is `Func arg... = result...`: floats as the 16 hex digits of their bits,
// ints in decimal. The inputs are fixed edge cases and draws from a seeded generator,
// so the file is the same on every run of the same toolchain.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"runtime"
)

var out = bufio.NewWriter(os.Stdout)

// state of a splitmix64 generator: the same draws on every run.
var state uint64 = 0x5eed

func next() uint64 {
	state += 0x9E3779B97F4A7C15
	z := state
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func unit() float64 { return float64(next()>>11) / (1 << 53) }

func uniform(lo, hi float64, n int) []float64 {
	var v []float64
	for i := 0; i < n; i++ {
		v = append(v, lo+(hi-lo)*unit())
	}
	return v
}

// logUniform: magnitudes spread over [2**lo, 2**hi], random signs when signed.
func logUniform(lo, hi float64, n int, signed bool) []float64 {
	var v []float64
	for i := 0; i < n; i++ {
		x := math.Exp2(lo + (hi-lo)*unit())
		if signed && next()&1 == 1 {
			x = -x
		}
		v = append(v, x)
	}
	return v
}

// anyBits: random bit patterns (every class of float, NaNs included).
func anyBits(n int) []float64 {
	var v []float64
	for i := 0; i < n; i++ {
		v = append(v, math.Float64frombits(next()))
	}
	return v
}

// around: a few neighbours (in ulps) of each value, both signs.
func around(xs ...float64) []float64 {
	var v []float64
	for _, x := range xs {
		for d := -2; d <= 2; d++ {
			y := math.Float64frombits(uint64(int64(math.Float64bits(x)) + int64(d)))
			v = append(v, y, -y)
		}
	}
	return v
}

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.5, -0.5, 2, -2, 3, -3, 10, -10, 0.1, -0.1, 0.25, 0.75, 1.5, -1.5, 2.5, -2.5,
	5e-324, -5e-324, 2.225073858507201e-308, 2.2250738585072014e-308, -2.2250738585072014e-308,
	math.MaxFloat64, -math.MaxFloat64, 1e-300, 1e300, -1e300, 1e-10, 1e10, 1e22, 1e-22,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 2 * math.Pi, math.E,
	1 << 28, 1 << 29, 1<<29 - 1, 1 << 52, 1 << 53, 1 << 63, 1 << 64, 1 << 70,
	0.9999999999999999, 1.0000000000000002, 0.7071067811865476, 1.4142135623730951,
	709.782712893384, 709.7827128933841, 710, -708.4, -745.1, -745.2, -746, -1074, -1075, 1023.5, 1024,
	0.84375, 1.25, 2.857142857142857, 6, 28, 33, 33.5, 143.5, 171.6, 172, 200, 201,
	-33.5, -170.5, -171.5, -0.9999999, -1e-9, 1e-9, 0.66, 0.7, 2.414213562373095, 21, 22,
	0.625, 44, 45, 0.3465735902799727, 1.0397207708399179, 38.816242111356935,
	1.4616321449683622, 0.4616321449683622, 0.2316, 0.7316, 1.2316, 1.7316, 8, 7.5,
	0x1p-28, 0x1p-29, 0x1p-54, 0x1p-56, 0x1p-70, 2.848094538889218e-306,
}

func join(sets ...[]float64) []float64 {
	var v []float64
	for _, s := range sets {
		v = append(v, s...)
	}
	return v
}

func hex(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func unary(name string, f func(float64) float64, xs []float64) {
	for _, x := range xs {
		fmt.Fprintf(out, "%s %s = %s\n", name, hex(x), hex(f(x)))
	}
}

func binary(name string, f func(float64, float64) float64, xs, ys []float64) {
	for i := range xs {
		fmt.Fprintf(out, "%s %s %s = %s\n", name, hex(xs[i]), hex(ys[i]), hex(f(xs[i], ys[i])))
	}
}

// pairs: every special with every special, then n random pairs from each side's set.
func pairs(as, bs []float64, n int) ([]float64, []float64) {
	var xs, ys []float64
	for _, a := range specials[:24] {
		for _, b := range specials[:24] {
			xs, ys = append(xs, a), append(ys, b)
		}
	}
	for i := 0; i < n; i++ {
		xs = append(xs, as[next()%uint64(len(as))])
		ys = append(ys, bs[next()%uint64(len(bs))])
	}
	return xs, ys
}

func main() {
	if runtime.GOARCH != "amd64" {
		fmt.Fprintln(os.Stderr, "gen: run this on amd64: the engine models Go's amd64 results")
		os.Exit(1)
	}
	wide := join(specials, anyBits(100), logUniform(-1074, 1024, 100, true))
	trig := join(wide, uniform(-10, 10, 300), logUniform(-30, 100, 200, true),
		logUniform(28, 31, 100, true), around(math.Pi/4, math.Pi/2, math.Pi, 1e6*math.Pi))
	for i := 1; i < 200; i++ {
		trig = append(trig, float64(i)*math.Pi/4, float64(i)*1e5*math.Pi/4)
	}
	unary("Sin", math.Sin, trig)
	unary("Cos", math.Cos, trig)
	unary("Tan", math.Tan, trig)
	for _, x := range trig {
		s, c := math.Sincos(x)
		fmt.Fprintf(out, "Sincos %s = %s %s\n", hex(x), hex(s), hex(c))
	}
	unit1 := join(wide, uniform(-1, 1, 400), around(1, 0.5, 0.7, 0.66))
	unary("Asin", math.Asin, unit1)
	unary("Acos", math.Acos, unit1)
	unary("Atanh", math.Atanh, unit1)
	atan := join(wide, uniform(-5, 5, 300), logUniform(-40, 60, 200, true), around(0.66, 2.414213562373095))
	unary("Atan", math.Atan, atan)
	hyp := join(wide, uniform(-30, 30, 300), uniform(-1, 1, 200), around(0.5, 21, 0.625, 22))
	unary("Sinh", math.Sinh, hyp)
	unary("Cosh", math.Cosh, hyp)
	unary("Tanh", math.Tanh, hyp)
	unary("Asinh", math.Asinh, join(wide, uniform(-5, 5, 250), logUniform(-40, 60, 250, true)))
	unary("Acosh", math.Acosh, join(wide, uniform(1, 5, 250), logUniform(0, 60, 250, false)))
	exps := join(wide, uniform(-750, 720, 400), uniform(-2, 2, 250), logUniform(-60, 0, 150, true),
		around(709.782712893384, -745.1332191019411, -708.3964185322641))
	unary("Exp", math.Exp, exps)
	unary("Expm1", math.Expm1, exps)
	unary("Exp2", math.Exp2, join(wide, uniform(-1080, 1030, 400), uniform(-3, 3, 250), around(1024, -1074, -1022)))
	logs := join(wide, logUniform(-1074, 1024, 400, false), uniform(0.5, 2, 250),
		around(1, 2, 0.5, 0.7071067811865476, 1.4142135623730951, 10, 1e-310))
	for i := 1; i < 100; i++ {
		logs = append(logs, 1+float64(i)*0x1p-52, 1-float64(i)*0x1p-53, float64(i), math.Pow10(i%40))
	}
	unary("Log", math.Log, logs)
	unary("Log2", math.Log2, logs)
	unary("Log10", math.Log10, logs)
	unary("Log1p", math.Log1p, join(wide, uniform(-1, 1, 300), logUniform(-60, 60, 200, true), around(-1, 0.41421356237309503, -0.2928932188134524)))
	unary("Cbrt", math.Cbrt, join(wide, logUniform(-1074, 1024, 300, true), uniform(-30, 30, 150)))
	gam := join(wide, uniform(-180, 180, 400), uniform(-3, 3, 250), logUniform(-40, 8, 100, true))
	for i := 1; i < 60; i++ {
		gam = append(gam, float64(i), -float64(i)+1e-7, -float64(i)-0.5, float64(i)+0.5)
	}
	unary("Gamma", math.Gamma, gam)
	for _, x := range join(gam, uniform(-1e4, 1e4, 150), logUniform(-80, 80, 150, true)) {
		l, s := math.Lgamma(x)
		fmt.Fprintf(out, "Lgamma %s = %s %d\n", hex(x), hex(l), s)
	}
	erfs := join(wide, uniform(-7, 7, 400), uniform(-30, 30, 150), logUniform(-60, 2, 150, true),
		around(0.84375, 1.25, 2.857142857142857, 6, 28, 0.25))
	inv := join(wide, uniform(-1, 1, 400), uniform(0.85, 1, 200), logUniform(-60, 0, 100, true), around(1, 0.85, 0.5))
	for i := 1; i < 60; i++ {
		inv = append(inv, 1-math.Ldexp(1, -i), -1+math.Ldexp(1, -i))
	}
	unary("Erfinv", math.Erfinv, inv)
	unary("Erfcinv", math.Erfcinv, join(inv, uniform(0, 2, 300), logUniform(-1074, 0, 100, false)))
	bes := join(wide, uniform(0, 30, 400), uniform(-30, 0, 100), logUniform(-60, 100, 150, true),
		around(2, 2.8571, 4.5454, 8, 0x1p-13, 0x1p-27, 0x1p-54), logUniform(125, 135, 30, false), logUniform(300, 310, 30, true))
	unary("J0", math.J0, bes)
	unary("J1", math.J1, bes)
	unary("Y0", math.Y0, bes)
	unary("Y1", math.Y1, bes)
	for _, x := range join(bes[:600], uniform(0, 100, 200)) {
		n := int(next()%80) - 20
		fmt.Fprintf(out, "Jn %d %s = %s\n", n, hex(x), hex(math.Jn(n, x)))
		fmt.Fprintf(out, "Yn %d %s = %s\n", n, hex(x), hex(math.Yn(n, x)))
	}
	for n := -3; n <= 40; n++ {
		for _, x := range []float64{1e-10, 0.5, 1, 5, 10, 39.5, 1e3, 1e95, 1e300} {
			fmt.Fprintf(out, "Jn %d %s = %s\n", n, hex(x), hex(math.Jn(n, x)))
			fmt.Fprintf(out, "Yn %d %s = %s\n", n, hex(x), hex(math.Yn(n, x)))
		}
	}
	unary("Erf", math.Erf, erfs)
	unary("Erfc", math.Erfc, erfs)
	bits := join(wide, uniform(-10, 10, 150), logUniform(-1074, -1000, 50, true))
	for i := -20; i <= 20; i++ {
		bits = append(bits, float64(i)/2, float64(i)/2+0x1p-40)
	}
	unary("Logb", math.Logb, bits)
	unary("RoundToEven", math.RoundToEven, bits)
	unary("Sqrt", math.Sqrt, bits)
	unary("Floor", math.Floor, bits)
	unary("Ceil", math.Ceil, bits)
	unary("Trunc", math.Trunc, bits)
	unary("Round", math.Round, bits)
	for _, x := range bits {
		fmt.Fprintf(out, "Ilogb %s = %d\n", hex(x), math.Ilogb(x))
		f, e := math.Frexp(x)
		fmt.Fprintf(out, "Frexp %s = %s %d\n", hex(x), hex(f), e)
		i, r := math.Modf(x)
		fmt.Fprintf(out, "Modf %s = %s %s\n", hex(x), hex(i), hex(r))
	}
	for _, x := range bits {
		for _, e := range []int{1, -1022, -1075, int(next()%2200) - 1100} {
			fmt.Fprintf(out, "Ldexp %s %d = %s\n", hex(x), e, hex(math.Ldexp(x, e)))
		}
	}
	for n := -400; n <= 400; n++ {
		fmt.Fprintf(out, "Pow10 %d = %s\n", n, hex(math.Pow10(n)))
	}
	// Pow: bases over every scale, exponents integer, half-integer and fractional.
	var ys []float64
	for i := -60; i <= 60; i++ {
		ys = append(ys, float64(i), float64(i)+0.5)
	}
	ys = join(ys, uniform(-10, 10, 100), uniform(-400, 400, 50), []float64{1 << 53, 1<<53 + 2, 1 << 63, 1 << 64, 1e300, -1e300})
	px, py := pairs(join(wide, uniform(0, 3, 200), uniform(-3, 0, 100)), join(specials, ys), 2500)
	binary("Pow", math.Pow, px, py)
	ax, ay := pairs(atan, atan, 800)
	binary("Atan2", math.Atan2, ax, ay)
	hx, hy := pairs(wide, wide, 800)
	binary("Hypot", math.Hypot, hx, hy)
	binary("Mod", math.Mod, hx, hy)
	binary("Remainder", math.Remainder, hx, hy)
	binary("Dim", math.Dim, hx, hy)
	binary("Nextafter", math.Nextafter, hx, hy)
	binary("Max", math.Max, hx, hy)
	binary("Min", math.Min, hx, hy)
	binary("Copysign", math.Copysign, hx, hy)
	mx, my := pairs(uniform(-1e6, 1e6, 50), join(uniform(-10, 10, 50), logUniform(-30, 30, 50, true)), 800)
	binary("Mod", math.Mod, mx, my)
	binary("Remainder", math.Remainder, mx, my)
	for i := 0; i < 500; i++ {
		x, y, z := wide[next()%uint64(len(wide))], wide[next()%uint64(len(wide))], wide[next()%uint64(len(wide))]
		fmt.Fprintf(out, "FMA %s %s %s = %s\n", hex(x), hex(y), hex(z), hex(math.FMA(x, y, z)))
	}
	out.Flush()
}
