// Package math: Go's constants, the functions whose results are exact (IEEE 754
// operations with one correctly rounded answer: Sqrt, Floor, Ceil, Trunc, Abs, Mod,
// FMA, the bit conversions), and the functions whose last bit depends on the
// algorithm (Sin, Exp, Log, Pow, ...), written here in Go so that every floating
// operation is the one a Go binary for linux/amd64 performs, in the same order: the
// same published methods (Cephes for the trigonometric, hyperbolic and gamma
// functions, FreeBSD msun for log1p, expm1, cbrt, erf, lgamma and the Bessel
// functions, Wichura's AS 241 for erfinv, and on amd64 the
// assembly algorithms of Exp, Log and Hypot, Exp with fused multiply-adds as a CPU
// with FMA runs it: on an amd64 CPU without FMA, Go's Exp can differ in the last
// bit) and the same coefficients. `cargo test -p gosim --test math_bits`
// checks every function bit for bit against Go's results on thousands of inputs.
// Derived constants are written as the float64 Go's exact constant arithmetic
// rounds them to, so no constant expression here depends on how it is folded.
//
// Why by hand: no library gives Go's bits. On the 29,706 cases of those functions in
// tests/math_bits/cases.txt, the `libm` crate 0.2.16 differs from Go in 5,367 (18%:
// Sin 536 of 1,348, Pow 892 of 3,076, Gamma 855 of 1,296; only Atanh agrees
// everywhere) and the host's libm (glibc, through Rust's f64 methods) in 4,713, and a
// host libm would also make the wasm build differ from the native one. Written in Go,
// the code also costs the widget nothing: math is a lazily loaded package.
package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848839821061891074561009468549287
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint   = 1<<64 - 1
	MaxUint64 = 1<<64 - 1
)

func Sqrt(x float64) float64

func Floor(x float64) float64

func Ceil(x float64) float64

func Trunc(x float64) float64

func Abs(x float64) float64

func Mod(x, y float64) float64

func Float64bits(f float64) uint64

func Float64frombits(b uint64) float64

func Float32bits(f float32) uint32

func Float32frombits(b uint32) float32

func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

func IsNaN(f float64) bool { return f != f }

func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

func Signbit(x float64) bool { return Float64bits(x)&(1<<63) != 0 }

func Copysign(f, sign float64) float64 {
	const signBit = 1 << 63
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Max: NaN if either is NaN, +Inf if either is +Inf, and +0 over -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min: NaN if either is NaN, -Inf if either is -Inf, and -0 over +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

func FMA(x, y, z float64) float64

// mul64 is the 128-bit product of a and b, as its high and low words.
func mul64(a, b uint64) (hi, lo uint64)

func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// RoundToEven: the nearest integer, ties to the even one.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// ---- exponent and mantissa ----

const smallestNormal = 2.2250738585072014e-308

// scaleUp brings a subnormal into the normal range, with the power of two taken out.
func scaleUp(x float64) (float64, int) {
	if Abs(x) < smallestNormal {
		return x * 4503599627370496, -52
	}
	return x, 0
}

func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = scaleUp(f)
	b := Float64bits(f)
	exp += int(b>>52&0x7FF) - 1022
	return Float64frombits(b&^(0x7FF<<52) | 0x3FE<<52), exp
}

func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := scaleUp(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>52&0x7FF) - 1023
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	// A subnormal result: build it 53 binades up, and let one multiply round it.
	scale := 1.0
	if exp < -1022 {
		exp += 53
		scale = 1.1102230246251565e-16 // 2**-53
	}
	return scale * Float64frombits(b&^(0x7FF<<52)|uint64(exp+1023)<<52)
}

func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	frac = Copysign(f-int, f)
	return
}

func Ilogb(x float64) int {
	if x == 0 {
		return MinInt32
	}
	if IsNaN(x) || IsInf(x, 0) {
		return MaxInt32
	}
	return binade(x)
}

func Logb(x float64) float64 {
	if x == 0 {
		return Inf(-1)
	}
	if IsInf(x, 0) {
		return Inf(1)
	}
	if IsNaN(x) {
		return x
	}
	return float64(binade(x))
}

// binade: the unbiased exponent of a finite nonzero x.
func binade(x float64) int {
	x, e := scaleUp(x)
	return int(Float64bits(x)>>52&0x7FF) - 1023 + e
}

func Nextafter(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Remainder: x - n*y with n the integer nearest x/y (ties to even). The result is
// exact, so any correct method gives Go's bits.
func Remainder(x, y float64) float64 {
	if IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0 {
		return NaN()
	}
	if IsInf(y, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= 8.988465674311579e+307 { // half of MaxFloat64: 2y is finite
		x = Mod(x, y+y)
	}
	// Now x < 2y: take y off once or twice, comparing 2x with y where y/2 would lose
	// its last bit.
	if y < 4.450147717014403e-308 { // 2**-1021
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		h := 0.5 * y
		if x > h {
			x -= y
			if x >= h {
				x -= y
			}
		}
	}
	if neg {
		return -x
	}
	return x
}

func Pow10(n int) float64 {
	if n > 308 {
		return Inf(1)
	}
	if n < -323 {
		return 0
	}
	// A power below 1e32 times (or over) one of 1e32, 1e64, ...: two correctly
	// rounded table entries and one rounding, as Go does.
	m := n
	if m < 0 {
		m = -m
	}
	small := pow10small[m%32]
	if n >= 0 {
		return pow10big[m/32] * small
	}
	return pow10tiny[m/32] / small
}

var pow10small = []float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25,
	1e26, 1e27, 1e28, 1e29, 1e30, 1e31}

var pow10big = []float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10tiny = []float64{1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224,
	1e-256, 1e-288, 1e-320}

// ---- exponentials and logarithms ----

// Exp as Go's amd64 assembly computes it on a CPU with FMA: k = x/ln2 rounded to
// nearest, r = (x - k*ln2)/16 with ln2 in two parts, e**r - 1 by its Taylor series to
// r**8, squared four times as (1+y)**2 - 1 = y*(y+2), then scaled by 2**k.
func Exp(x float64) float64 {
	b := Float64bits(x)
	if b&^(1<<63) >= 0x7FF0000000000000 {
		if b == 0xFFF0000000000000 {
			return 0
		}
		return x // NaN, +Inf
	}
	if x > 709.782712893384 {
		return Inf(1)
	}
	t := 1.4426950408889634 * x
	if t < -1076 {
		return 0
	}
	k := RoundToEven(t)
	r := FMA(-k, 0.693147180559663, x)
	r = FMA(-k, 2.8235290563031577e-13, r)
	r *= 0.0625
	p := FMA(2.48015873015873e-05, r, 0.0001984126984126984)
	p = FMA(p, r, 0.001388888888888889)
	p = FMA(p, r, 0.008333333333333333)
	p = FMA(p, r, 0.041666666666666664)
	p = FMA(p, r, 0.16666666666666666)
	p = FMA(p, r, 0.5)
	p = FMA(p, r, 1)
	y := r * p
	y *= y + 2
	y *= y + 2
	y *= y + 2
	y = FMA(y, y+2, 1)
	e := int(k) + 1023
	if e >= 0x7FF {
		return Inf(1)
	}
	if e > 0 {
		return y * Float64frombits(uint64(e)<<52)
	}
	if e < -52 {
		return 0
	}
	// A subnormal result: two scalings, the second one rounding.
	y *= Float64frombits(uint64(e+1022) << 52)
	return y * smallestNormal
}

// Exp2 reduces x to t = x - k (k the nearest integer, ties away from zero), and
// finishes as msun's exp does from hi - lo = t*ln2.
func Exp2(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case x > 1023.9999999999999:
		return Inf(1)
	case x < -1074:
		return 0
	}
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expFinish(t*ln2Hi, -t*ln2Lo, k)
}

const (
	ln2Hi = 6.93147180369123816490e-01 // the high 32 bits of ln 2
	ln2Lo = 1.90821492927058770002e-10 // ln 2 - ln2Hi
)

// expFinish: e**(hi-lo) * 2**k for |hi-lo| <= ln2/2, by msun's rational form
// e**r = 1 + 2r/(R(r) - r) with a degree-5 minimax R.
func expFinish(hi, lo float64, k int) float64 {
	r := hi - lo
	t := r * r
	c := r - t*(1.66666666666666657415e-01+t*(-2.77777777770155933842e-03+t*(6.61375632143793436117e-05+
		t*(-1.65339022054652515390e-06+t*4.13813679705723846039e-08))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 is msun's: reduce by k*ln2, a rational approximation of e**r - 1 on
// |r| <= ln2/2, and the reconstruction that keeps the result's low bits.
func Expm1(x float64) float64 {
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	ax := Abs(x)
	neg := x < 0
	if ax >= 3.88162421113569373274e+01 { // 56 ln 2
		if neg {
			return -1
		}
		if ax >= 7.09782712893383973096e+02 {
			return Inf(1)
		}
	}
	var c float64
	k := 0
	if ax > 3.46573590279972654709e-01 { // ln2/2
		var hi, lo float64
		if ax < 1.03972077083991796413e+00 { // 3 ln2/2
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(1.4426950408889634*x - 0.5)
			} else {
				k = int(1.4426950408889634*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < 5.551115123125783e-17 { // 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(-3.33333333333331316428e-02+hxs*(1.58730158725481460165e-03+hxs*(-7.93650757867487942473e-05+
		hxs*(4.00821782732936239552e-06+hxs*-2.01099218183624371326e-07))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return withExponentPlus(y, k) - 1
	case k < 20:
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		return withExponentPlus(t-(e-x), k)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return withExponentPlus(y, k)
}

// withExponentPlus adds k to y's exponent field (no range checks: the callers' y
// stays normal).
func withExponentPlus(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}

// Log as Go's amd64 assembly computes it: x = f1 * 2**k with f1 from the mantissa
// bits (for a subnormal x the bits as they are, unnormalized), f1 doubled when it is
// at most sqrt(2)/2, then msun's log(1+f) = f - (hfsq - s*(hfsq+R)), s = f/(2+f).
func Log(x float64) float64 {
	b := Float64bits(x)
	switch {
	case b&^(1<<63) == 0:
		return Inf(-1)
	case b>>63 != 0:
		return NaN()
	case b >= 0x7FF0000000000000:
		return x
	}
	f1 := Float64frombits(b&(1<<52-1) | 0x3FE<<52)
	k := float64(int(b>>52&0x7FF) - 0x3FE)
	if f1 <= 0.7071067811865476 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (6.666666666666735130e-01 + s4*(2.857142874366239149e-01+s4*(1.818357216161805012e-01+s4*1.479819860511658591e-01)))
	t2 := s4 * (3.999999999940941908e-01 + s4*(2.222219843214978396e-01+s4*1.531383769920937332e-01))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

func Log10(x float64) float64 { return Log(x) * 0.4342944819032518 }

func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1) // exact powers of two
	}
	return Log(frac)*1.4426950408889634 + float64(exp)
}

// Log1p is msun's: 1+x = 2**k * (1+f) with a correction c for the rounding of 1+x,
// then log(1+f) as in Log.
func Log1p(x float64) float64 {
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f, c float64
	var iu uint64
	k := 1
	if ax < 0.41421356237309503 { // sqrt(2) - 1
		if ax < 1.862645149230957e-09 { // 2**-29
			if ax < 5.551115123125783e-17 { // 2**-54
				return x
			}
			return x - x*x*0.5
		}
		if x > -2.928932188134524755992e-01 { // sqrt(2)/2 - 1
			k = 0
			f = x
			iu = 1
		}
	}
	if k != 0 {
		var u float64
		if ax < 9007199254740992 { // 2**53
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // below sqrt(2)'s mantissa
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (6.666666666666735130e-01 + z*(3.999999999940941908e-01+z*(2.857142874366239149e-01+
		z*(2.222219843214978396e-01+z*(1.818357216161805012e-01+z*(1.531383769920937332e-01+z*1.479819860511658591e-01))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}

// Pow splits y into integer and fraction parts: e**(yf*log x) for the fraction, and
// the integer power by repeated squaring of x's mantissa with the exponents summed
// apart, so only the last step (Ldexp) can overflow.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // as Pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 9223372036854775808 { // 2**63: the integer part has no int64
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}
	acc := 1.0
	accExp := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	m, mExp := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if mExp < -4096 || 4096 < mExp {
			// The exponent is out of any range already: over- or underflow.
			accExp += mExp
			break
		}
		if i&1 == 1 {
			acc *= m
			accExp += mExp
		}
		m *= m
		mExp <<= 1
		if m < .5 {
			m += m
			mExp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

func isOddInt(x float64) bool {
	if Abs(x) >= 9007199254740992 { // 2**53: every such float is even
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Cbrt is msun's: a first guess from the exponent bits divided by three, one step of
// a rational iteration, rounded to 32 bits, then one Newton step.
func Cbrt(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	x = Abs(x)
	t := Float64frombits(Float64bits(x)/3 + 715094163<<32)
	if x < smallestNormal {
		t = 18014398509481984 * x // 2**54 x
		t = Float64frombits(Float64bits(t)/3 + 696219795<<32)
	}
	r := t * t / x
	s := 5.42857142857142815906e-01 + r*t
	t *= 3.57142857142857150787e-01 + 1.60714285714285720630e+00/(s+1.41428571428571436819e+00+-7.05306122448979611050e-01/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		return -t
	}
	return t
}

// Hypot as Go's amd64 assembly computes it: max * sqrt(1 + (min/max)**2).
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	if IsInf(p, 1) || IsInf(q, 1) {
		return Inf(1)
	}
	if IsNaN(p) || IsNaN(q) {
		return NaN()
	}
	if p == 0 && q == 0 {
		return 0
	}
	if p < q {
		p, q = q, p
	}
	r := q / p
	return p * Sqrt(r*r+1)
}

// ---- trigonometric ----

// octant reduces |x| to z in [-pi/4, pi/4] and the octant j (even, 0..6) with
// x = j*pi/4 + z: Cody-Waite with pi/4 in three parts below 2**29, Payne-Hanek
// with the bits of 4/pi above.
func octant(x float64) (j uint64, z float64) {
	if x >= 536870912 {
		return octantLarge(x)
	}
	j = uint64(x * 1.2732395447351628)
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*7.85398125648498535156e-1) - y*3.77489470793079817668e-8) - y*2.69515142907905952645e-15
	return
}

// octantLarge multiplies x's 53-bit mantissa by the 192 bits of 4/pi that matter at
// its exponent, keeps the product's integer part mod 8 and its fraction.
func octantLarge(x float64) (uint64, float64) {
	b := Float64bits(x)
	e := int(b>>52&0x7FF) - 1023 - 52
	m := b&(1<<52-1) | 1<<52
	word, bit := uint(e+61)/64, uint(e+61)%64
	w0, w1, w2 := window(word, bit), window(word+1, bit), window(word+2, bit)
	h2, _ := mul64(w2, m)
	h1, l1 := mul64(w1, m)
	l0 := w0 * m
	lo := l1 + h2
	hi := l0 + h1
	if lo < l1 {
		hi++
	}
	j := hi >> 61
	hi = hi<<3 | lo>>61
	// Normalize the fraction hi:lo to a float64 in [0, 1).
	lz := uint(0)
	for lz < 64 && hi>>(63-lz)&1 == 0 {
		lz++
	}
	n := lz + 1
	hi = shl(hi, n) | shr(lo, 64-n)
	hi >>= 64 - 52
	hi |= uint64(1023-n) << 52
	z := Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * 0.7853981633974483
}

// window: 64 bits of 4/pi starting bit places into word i.
func window(i, bit uint) uint64 {
	if bit == 0 {
		return fourOverPi[i]
	}
	return fourOverPi[i]<<bit | fourOverPi[i+1]>>(64-bit)
}

func shl(x uint64, n uint) uint64 {
	if n >= 64 {
		return 0
	}
	return x << n
}

func shr(x uint64, n uint) uint64 {
	if n >= 64 {
		return 0
	}
	return x >> n
}

// The binary digits of 4/pi, 64 to a word: the integer part 1, then the fraction
// (computed from Machin's formula; see the generator beside the test data).
var fourOverPi = []uint64{
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
}

// Cephes' minimax polynomials for sin and cos on [-pi/4, pi/4].
func sinPoly(z float64) float64 {
	zz := z * z
	return z + z*zz*((((((1.58962301576546568060e-10*zz)+-2.50507477628578072866e-8)*zz+2.75573136213857245213e-6)*zz+
		-1.98412698295895385996e-4)*zz+8.33333333332211858878e-3)*zz+-1.66666666666666307295e-1)
}

func cosPoly(z float64) float64 {
	zz := z * z
	return 1.0 - 0.5*zz + zz*zz*((((((-1.13585365213876817300e-11*zz)+2.08757008419747316778e-9)*zz+
		-2.75573141792967388112e-7)*zz+2.48015872888517045348e-5)*zz+-1.38888888888730564116e-3)*zz+4.16666666666665929218e-2)
}

func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	j, z := octant(Abs(x))
	if j > 3 {
		neg = !neg
		j -= 4
	}
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(z)
	} else {
		y = sinPoly(z)
	}
	if neg {
		return -y
	}
	return y
}

func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x))
	neg := false
	if j > 3 {
		j -= 4
		neg = true
	}
	if j > 1 {
		neg = !neg
	}
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z)
	} else {
		y = cosPoly(z)
	}
	if neg {
		return -y
	}
	return y
}

func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := x < 0, false
	j, z := octant(Abs(x))
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, true
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	sin, cos = sinPoly(z), cosPoly(z)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Tan is Cephes': z + z**3 P(z**2)/Q(z**2) on the reduced argument, -1/tan in the
// odd quadrants.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	j, z := octant(Abs(x))
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((-1.30936939181383777646e4*zz)+1.15351664838587416140e6)*zz+-1.79565251976484877988e7)/
			((((zz+1.36812963470692954678e4)*zz+-1.32089234440210967447e6)*zz+2.50083801823357915839e7)*zz+-5.38695755929454629881e7))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		return -y
	}
	return y
}

// Cephes' arctangent: a rational approximation on [0, 0.66], with the arguments
// above reduced by tan(pi/4) or tan(pi/2).
func atanKernel(x float64) float64 {
	z := x * x
	z = z * ((((-8.750608600031904122785e-01*z+-1.615753718733365076637e+01)*z+-7.500855792314704667340e+01)*z+
		-1.228866684490136173410e+02)*z + -6.485021904942025371773e+01) /
		(((((z+2.485846490142306297962e+01)*z+1.650270098316988542046e+02)*z+4.328810604912902668951e+02)*z+
			4.853903996359136964868e+02)*z + 1.945506571482613964425e+02)
	return x*z + x
}

// atanPositive: atan of x >= 0. The constant added is the part of pi/2 that the
// float64 pi/2 leaves out (and half of it for pi/4).
func atanPositive(x float64) float64 {
	if x <= 0.66 {
		return atanKernel(x)
	}
	if x > 2.41421356237309504880 { // tan(3pi/8)
		return 1.5707963267948966 - atanKernel(1/x) + 6.123233995736765886130e-17
	}
	return 0.7853981633974483 + atanKernel((x-1)/(x+1)) + 3.061616997868383e-17
}

func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	x = Abs(x)
	if x > 1 {
		return NaN()
	}
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = 1.5707963267948966 - atanPositive(t/x)
	} else {
		t = atanPositive(x / t)
	}
	if neg {
		return -t
	}
	return t
}

func Acos(x float64) float64 { return 1.5707963267948966 - Asin(x) }

func Atan2(y, x float64) float64 {
	const pi = 3.141592653589793
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(pi, y)
	case x == 0:
		return Copysign(1.5707963267948966, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(0.7853981633974483, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(2.356194490192345, y)
		}
		return Copysign(pi, y)
	case IsInf(y, 0):
		return Copysign(1.5707963267948966, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + pi
		}
		return q - pi
	}
	return q
}

// ---- hyperbolic ----

func Sinh(x float64) float64 {
	neg := x < 0
	if neg {
		x = -x
	}
	var t float64
	switch {
	case x > 21:
		t = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		t = (ex - 1/ex) * 0.5
	default:
		// Cephes' rational approximation for small |x|.
		sq := x * x
		t = (((-0.2630563213397497062819489e+2*sq+-0.2894211355989563807284660366e+4)*sq+
			-0.8991272022039509355398013511e+5)*sq + -0.6307673640497716991184787251e+6) * x
		t = t / (((sq+-0.173678953558233699533450911e+3)*sq+0.1521517378790019070696485176e+5)*sq +
			-0.6307673640497716991212077277e+6)
	}
	if neg {
		return -t
	}
	return t
}

func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

func Tanh(x float64) float64 {
	z := Abs(x)
	switch {
	case z > 44.014845965556525: // log(2**127) / 2
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			return -z
		}
		return z
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*((-9.64399179425052238628e-1*s+-9.92877231001918586564e1)*s+-1.61468768441708447952e3)/
		(((s+1.12811678491632931402e2)*s+2.23548839060100448583e3)*s+4.84406305325125486048e3)
}

func Asinh(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var t float64
	switch {
	case x > 268435456: // 2**28
		t = Log(x) + 0.6931471805599453
	case x > 2:
		t = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < 3.725290298461914e-09: // 2**-28
		t = x
	default:
		t = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		return -t
	}
	return t
}

func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= 268435456: // 2**28
		return Log(x) + 0.6931471805599453
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var t float64
	switch {
	case x < 3.725290298461914e-09: // 2**-28
		t = x
	case x < 0.5:
		t = x + x
		t = 0.5 * Log1p(t+t*x/(1-x))
	default:
		t = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		return -t
	}
	return t
}

// ---- gamma and error functions ----

// Gamma is Cephes': Stirling's formula above 33 (with the reflection formula for
// negative x), otherwise a shift into [2, 3) by the recurrence and a rational
// approximation there.
func Gamma(x float64) float64 {
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			a, b := stirling(x)
			return a * b
		}
		sign := 1.0
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(3.141592653589793*z)
		if z == 0 {
			return Inf(int(sign))
		}
		a, b := stirling(q)
		az := Abs(z)
		d := az * a * b
		if IsInf(d, 0) {
			z = 3.141592653589793 / az / a / b
		} else {
			z = 3.141592653589793 / d
		}
		return sign * z
	}
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	p = (((((x*1.60119522476751861407e-04+1.19135147006586384913e-03)*x+1.04213797561761569935e-02)*x+
		4.76367800457137231464e-02)*x+2.07448227648435975150e-01)*x+4.94214826801497100753e-01)*x + 9.99999999999999996796e-01
	q = ((((((x*-2.31581873324120129819e-05+5.39605580493303397842e-04)*x+-4.45641913851797240494e-03)*x+
		1.18139785222060435552e-02)*x+3.58236398605498653373e-02)*x+-2.34591795718243348568e-01)*x+
		7.14304917030273074085e-02)*x + 1.00000000000000000320e+00
	return z * p / q
}

// gammaNearZero: z/Gamma-ish for |x| < 1e-9, from 1/Gamma(x) = x + Euler*x**2.
func gammaNearZero(x, z float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + 0.5772156649015329*x) * x)
}

func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// stirling: Gamma(x) for x > 33 as the product of its two results (split so that
// neither overflows before Gamma's last step).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*((((7.87311395793093628397e-04*w+-2.29549961613378126380e-04)*w+-2.68132617805781232825e-03)*w+
		3.47222221605458667310e-03)*w+8.33333333333482257126e-02)
	y1 := Exp(x)
	y2 := 1.0
	if x > 143.01608 { // Pow(x, x-0.5) would overflow
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, 2.5066282746310007 * w * y2
}

// Lgamma is msun's: rational approximations around the minimum of Gamma (1.4616...)
// and on [2, 8) with the recurrence, an asymptotic series above 8, and the
// reflection formula for negative x.
func Lgamma(x float64) (lgamma float64, sign int) {
	const tf = -1.21486290535849611461e-01 // lgamma at its minimum
	const tt = -3.63867699703950536541e-18 // the next bits of tf
	sign = 1
	switch {
	case IsNaN(x), IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x < 8.470329472543003e-22 { // 2**-70
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= 4503599627370496 { // 2**52: an integer
			return Inf(1), 1
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), 1
		}
		nadj = Log(3.141592653589793 / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		var y float64
		var i int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= 0.7316321449683623:
				y, i = 1-x, 0
			case x >= 0.19163214496836226:
				y, i = x-0.46163214496836225, 1
			default:
				y, i = x, 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= 1.7316321449683623:
				y, i = 2-x, 0
			case x >= 1.1916321449683622:
				y, i = x-1.46163214496836224576e+00, 1
			default:
				y, i = x-1, 2
			}
		}
		switch i {
		case 0:
			z := y * y
			p1 := 7.72156649015328655494e-02 + z*(6.73523010531292681824e-02+z*(7.38555086081402883957e-03+
				z*(1.19270763183362067845e-03+z*(2.20862790713908385557e-04+z*2.52144565451257326939e-05))))
			p2 := z * (3.22467033424113591611e-01 + z*(2.05808084325167332806e-02+z*(2.89051383673415629091e-03+
				z*(5.10069792153511336608e-04+z*(1.08011567247583939954e-04+z*4.48640949618915160150e-05)))))
			p := y*p1 + p2
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := 4.83836122723810047042e-01 + w*(-3.27885410759859649565e-02+w*(6.10053870246291332635e-03+
				w*(-1.40346469989232843813e-03+w*3.15632070903625950361e-04)))
			p2 := -1.47587722994593911752e-01 + w*(1.79706750811820387126e-02+w*(-3.68452016781138256760e-03+
				w*(8.81081882437654011382e-04+w*-3.12754168375120860518e-04)))
			p3 := 6.46249402391333854778e-02 + w*(-1.03142241298341437450e-02+w*(2.25964780900612472250e-03+
				w*(-5.38595305356740546715e-04+w*3.35529192635519073543e-04)))
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += (tf + p)
		default:
			p1 := y * (-7.72156649015328655494e-02 + y*(6.32827064025093366517e-01+y*(1.45492250137234768737e+00+
				y*(9.77717527963372745603e-01+y*(2.28963728064692451092e-01+y*1.33810918536787660377e-02)))))
			p2 := 1 + y*(2.45597793713041134822e+00+y*(2.12848976379893395361e+00+y*(7.69285150456672783825e-01+
				y*(1.04222645593369134254e-01+y*3.21709242282423911810e-03))))
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * (-7.72156649015328655494e-02 + y*(2.14982415960608852501e-01+y*(3.25778796408930981787e-01+
			y*(1.46350472652464452805e-01+y*(2.66422703033638609560e-02+y*(1.84028451407337715652e-03+y*3.19475326584100867617e-05))))))
		q := 1 + y*(1.39200533467621045958e+00+y*(7.21935547567138069525e-01+y*(1.71933865632803078993e-01+
			y*(1.86459191715652901344e-02+y*(7.77942496381893596434e-04+y*7.32668430744625636189e-06)))))
		lgamma = 0.5*y + p/q
		// lgamma(x) = log((y+2)(y+3)...(y+i-1)) + lgamma(y+2), the product from the top.
		if i >= 3 {
			z := 1.0
			for n := i - 1; n >= 2; n-- {
				z *= (y + float64(n))
			}
			lgamma += Log(z)
		}
	case x < 288230376151711744: // 2**58
		t := Log(x)
		z := 1 / x
		y := z * z
		w := 4.18938533204672725052e-01 + z*(8.33333333333329678849e-02+y*(-2.77777777728775536470e-03+
			y*(7.93650558643019558500e-04+y*(-5.95187557450339963135e-04+y*(8.36339918996282139126e-04+y*-1.63092934096575273989e-03)))))
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return lgamma, sign
}

// sinPi: -sin(pi*x) for x > 0, reduced so that pi*x stays small.
func sinPi(x float64) float64 {
	const pi = 3.141592653589793
	if x < 0.25 {
		return -Sin(pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= 9007199254740992 { // 2**53: even
			x = 0
			n = 0
		} else {
			if x < 4503599627370496 { // 2**52
				z = x + 4503599627370496
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(pi * x)
	case 1, 2:
		x = Cos(pi * (0.5 - x))
	case 3, 4:
		x = Sin(pi * (1 - x))
	case 5, 6:
		x = -Cos(pi * (x - 1.5))
	default:
		x = Sin(pi * (x - 2))
	}
	return -x
}

// msun's erf and erfc coefficients: on |x| < 0.84375 (pp/qq), 0.84375..1.25 around
// erf(1) (pa/qa, erx), 1.25..1/0.35 (ra/sa) and 1/0.35..28 (rb/sb).
const (
	erx = 8.45062911510467529297e-01

	pp0 = 1.28379167095512558561e-01
	pp1 = -3.25042107247001499370e-01
	pp2 = -2.84817495755985104766e-02
	pp3 = -5.77027029648944159157e-03
	pp4 = -2.37630166566501626084e-05
	qq1 = 3.97917223959155352819e-01
	qq2 = 6.50222499887672944485e-02
	qq3 = 5.08130628187576562776e-03
	qq4 = 1.32494738004321644526e-04
	qq5 = -3.96022827877536812320e-06

	pa0 = -2.36211856075265944077e-03
	pa1 = 4.14856118683748331666e-01
	pa2 = -3.72207876035701323847e-01
	pa3 = 3.18346619901161753674e-01
	pa4 = -1.10894694282396677476e-01
	pa5 = 3.54783043256182359371e-02
	pa6 = -2.16637559486879084300e-03
	qa1 = 1.06420880400844228286e-01
	qa2 = 5.40397917702171048937e-01
	qa3 = 7.18286544141962662868e-02
	qa4 = 1.26171219808761642112e-01
	qa5 = 1.36370839120290507362e-02
	qa6 = 1.19844998467991074170e-02

	ra0 = -9.86494403484714822705e-03
	ra1 = -6.93858572707181764372e-01
	ra2 = -1.05586262253232909814e+01
	ra3 = -6.23753324503260060396e+01
	ra4 = -1.62396669462573470355e+02
	ra5 = -1.84605092906711035994e+02
	ra6 = -8.12874355063065934246e+01
	ra7 = -9.81432934416914548592e+00
	sa1 = 1.96512716674392571292e+01
	sa2 = 1.37657754143519042600e+02
	sa3 = 4.34565877475229228821e+02
	sa4 = 6.45387271733267880336e+02
	sa5 = 4.29008140027567833386e+02
	sa6 = 1.08635005541779435134e+02
	sa7 = 6.57024977031928170135e+00
	sa8 = -6.04244152148580987438e-02

	rb0 = -9.86494292470009928597e-03
	rb1 = -7.99283237680523006574e-01
	rb2 = -1.77579549177547519889e+01
	rb3 = -1.60636384855821916062e+02
	rb4 = -6.37566443368389627722e+02
	rb5 = -1.02509513161107724954e+03
	rb6 = -4.83519191608651397019e+02
	sb1 = 3.03380607434824582924e+01
	sb2 = 3.25792512996573918826e+02
	sb3 = 1.53672958608443695994e+03
	sb4 = 3.19985821950859553908e+03
	sb5 = 2.55305040643316442583e+03
	sb6 = 4.74528541206955367215e+02
	sb7 = -2.24409524465858183362e+01
)

// erfSmall: erf(x)/x - 1 for |x| < 0.84375.
func erfSmall(x float64) float64 {
	z := x * x
	r := pp0 + z*(pp1+z*(pp2+z*(pp3+z*pp4)))
	s := 1 + z*(qq1+z*(qq2+z*(qq3+z*(qq4+z*qq5))))
	return r / s
}

// erfNearOne: P/Q with erf(x) = erx + P/Q for 0.84375 <= x < 1.25.
func erfNearOne(x float64) float64 {
	s := x - 1
	P := pa0 + s*(pa1+s*(pa2+s*(pa3+s*(pa4+s*(pa5+s*pa6)))))
	Q := 1 + s*(qa1+s*(qa2+s*(qa3+s*(qa4+s*(qa5+s*qa6)))))
	return P / Q
}

// erfcTail: erfc(x) for 1.25 <= x < 28, as exp(-x*x - 0.5625 + R/S)/x with x*x
// split so that its rounding error is carried.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var R, S float64
	if x < 2.857142857142857 { // 1/0.35
		R = ra0 + s*(ra1+s*(ra2+s*(ra3+s*(ra4+s*(ra5+s*(ra6+s*ra7))))))
		S = 1 + s*(sa1+s*(sa2+s*(sa3+s*(sa4+s*(sa5+s*(sa6+s*(sa7+s*sa8)))))))
	} else {
		R = rb0 + s*(rb1+s*(rb2+s*(rb3+s*(rb4+s*(rb5+s*rb6)))))
		S = 1 + s*(sb1+s*(sb2+s*(sb3+s*(sb4+s*(sb5+s*(sb6+s*sb7))))))
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S)
}

func Erf(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var t float64
	switch {
	case x < 3.725290298461914e-09: // 2**-28
		if x < 2.848094538889218e-306 {
			t = 0.125 * (8.0*x + 1.02703333676410069053e+00*x) // scaled: no underflow
		} else {
			t = x + 1.28379167095512586316e-01*x
		}
	case x < 0.84375:
		t = x + x*erfSmall(x)
	case x < 1.25:
		if neg {
			return -erx - erfNearOne(x)
		}
		return erx + erfNearOne(x)
	case x >= 6:
		t = 1
	default:
		r := erfcTail(x)
		if neg {
			return r/x - 1
		}
		return 1 - r/x
	}
	if neg {
		return -t
	}
	return t
}

func Erfc(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	x = Abs(x)
	if x < 0.84375 {
		t := x
		if x >= 1.3877787807814457e-17 { // 2**-56
			y := erfSmall(x)
			if x < 0.25 {
				t = x + x*y
			} else {
				t = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + t
		}
		return 1 - t
	}
	if x < 1.25 {
		if neg {
			return 1.8450629115104675 + erfNearOne(x) // 1 + erx
		}
		return 0.15493708848953247 - erfNearOne(x) // 1 - erx
	}
	if x < 28 {
		if neg && x > 6 {
			return 2
		}
		r := erfcTail(x)
		if neg {
			return 2 - r/x
		}
		return r / x
	}
	if neg {
		return 2
	}
	return 0
}

// Erfinv is Wichura's algorithm AS 241 (PPND16): a rational function of
// r = 0.180625 - x*x/4 in the centre, and of r = sqrt(ln2 - log(1-|x|)) shifted
// by 1.6 or 5 in the tails, each numerator and denominator of degree 7.
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var v float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		v = (x * horner7(r, erfinvCentreNum)) / horner7(r, erfinvCentreDen)
	} else {
		r := Sqrt(0.6931471805599453 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			v = horner7(r, erfinvMidNum) / horner7(r, erfinvMidDen)
		} else {
			r -= 5.0
			v = horner7(r, erfinvTailNum) / horner7(r, erfinvTailDen)
		}
	}
	if neg {
		return -v
	}
	return v
}

func Erfcinv(x float64) float64 { return Erfinv(1 - x) }

// horner7: c[7]*r**7 + ... + c[0] by Horner's rule, from the top.
func horner7(r float64, c []float64) float64 {
	p := c[7]*r + c[6]
	for k := 5; k >= 1; k-- {
		p = p*r + c[k]
	}
	return p*r + c[0]
}

// AS 241's coefficients, lowest degree first.
var erfinvCentreNum = []float64{1.1975323115670912564578e0, 4.7072688112383978012285e1,
	6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4,
	2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2}

var erfinvCentreDen = []float64{1.0000000000000000000e0, 4.2313330701600911252e1,
	6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
	3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3}

var erfinvMidNum = []float64{1.42343711074968357734e0, 4.63033784615654529590e0,
	5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0,
	2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4}

var erfinvMidDen = []float64{1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
	2.3707661626024532365971225e0, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1,
	2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}

var erfinvTailNum = []float64{6.65790464350110377720e0, 5.46378491116411436990e0,
	1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2,
	1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7}

var erfinvTailDen = []float64{1.414213562373095048801689e0, 8.482908416595164588112026e-1,
	1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3,
	2.611088405080593625138020e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15}

// ---- Bessel functions (msun's e_j0, e_j1, e_jn) ----

const (
	invSqrtPi = 0.5641895835477563 // 1/sqrt(pi)
	twoOverPi = 0.6366197723675814
	two129    = 6.80564733841877e+38
)

// besselFar: J (or Y) of order 0 or 1 for x >= 2 from the asymptotic form
// sqrt(2/(pi x)) (P cos(phase) - Q sin(phase)), where the cosine and sine of the
// phase x - pi/4 (order 0) or x - 3pi/4 (order 1) come from sin x and cos x, the
// one of them that would cancel rebuilt from cos 2x; J = (P cc - Q ss)/sqrt(pi x)
// and Y = (P ss + Q cc)/sqrt(pi x).
func besselFar(x float64, order1, wantY bool) float64 {
	s, c := Sincos(x)
	var ss, cc float64
	if order1 {
		ss, cc = -s-c, s-c
	} else {
		ss, cc = s-c, s+c
	}
	if x < 8.988465674311579e+307 { // x+x is finite
		z := Cos(x + x)
		if order1 && s*c > 0 || !order1 && s*c < 0 {
			if !order1 {
				z = -z
			}
			cc = z / ss
		} else {
			if !order1 {
				z = -z
			}
			ss = z / cc
		}
	}
	if x > two129 {
		if wantY {
			return invSqrtPi * ss / Sqrt(x)
		}
		return invSqrtPi * cc / Sqrt(x)
	}
	var p, q float64
	if order1 {
		p = besselP(x, j1PNum8, j1PDen8, j1PNum5, j1PDen5, j1PNum3, j1PDen3, j1PNum2, j1PDen2)
		q = besselQ(x, 0.375, j1QNum8, j1QDen8, j1QNum5, j1QDen5, j1QNum3, j1QDen3, j1QNum2, j1QDen2)
	} else {
		p = besselP(x, j0PNum8, j0PDen8, j0PNum5, j0PDen5, j0PNum3, j0PDen3, j0PNum2, j0PDen2)
		q = besselQ(x, -0.125, j0QNum8, j0QDen8, j0QNum5, j0QDen5, j0QNum3, j0QDen3, j0QNum2, j0QDen2)
	}
	if wantY {
		return invSqrtPi * (p*ss + q*cc) / Sqrt(x)
	}
	return invSqrtPi * (p*cc - q*ss) / Sqrt(x)
}

// besselRational: num[0] + z*(num[1] + ... z*num[5]) over 1 + z*(den[0] + ...), with
// z = 1/x**2 and the coefficient sets for x >= 8, 4.5454, 2.8571 and 2.
func besselRational(x float64, n8, d8, n5, d5, n3, d3, n2, d2 []float64) float64 {
	num, den := n2, d2
	switch {
	case x >= 8:
		num, den = n8, d8
	case x >= 4.5454:
		num, den = n5, d5
	case x >= 2.8571:
		num, den = n3, d3
	}
	z := 1 / (x * x)
	r := num[len(num)-1]
	for k := len(num) - 2; k >= 0; k-- {
		r = num[k] + z*r
	}
	s := den[len(den)-1]
	for k := len(den) - 2; k >= 0; k-- {
		s = den[k] + z*s
	}
	return r / (1 + z*s)
}

func besselP(x float64, n8, d8, n5, d5, n3, d3, n2, d2 []float64) float64 {
	return 1 + besselRational(x, n8, d8, n5, d5, n3, d3, n2, d2)
}

func besselQ(x, lead float64, n8, d8, n5, d5, n3, d3, n2, d2 []float64) float64 {
	return (lead + besselRational(x, n8, d8, n5, d5, n3, d3, n2, d2)) / x
}

func J0(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	case x == 0:
		return 1
	}
	x = Abs(x)
	if x >= 2 {
		return besselFar(x, false, false)
	}
	if x < 0.0001220703125 { // 2**-13
		if x < 7.450580596923828e-09 { // 2**-27
			return 1
		}
		return 1 - 0.25*x*x
	}
	z := x * x
	r := z * (1.56249999999999947958e-02 + z*(-1.89979294238854721751e-04+z*(1.82954049532700665670e-06+z*-4.61832688532103189199e-09)))
	s := 1 + z*(1.56191029464890010492e-02+z*(1.16926784663337450260e-04+z*(5.13546550207318111446e-07+z*1.16614003333790000205e-09)))
	if x < 1 {
		return 1 + z*(-0.25+(r/s))
	}
	u := 0.5 * x
	return (1+u)*(1-u) + z*(r/s)
}

func Y0(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		return besselFar(x, false, true)
	}
	if x <= 7.450580596923828e-09 { // 2**-27
		return -7.38042951086872317523e-02 + twoOverPi*Log(x)
	}
	z := x * x
	u := -7.38042951086872317523e-02 + z*(1.76666452509181115538e-01+z*(-1.38185671945596898896e-02+z*(3.47453432093683650238e-04+
		z*(-3.81407053724364161125e-06+z*(1.95590137035022920206e-08+z*-3.98205194132103398453e-11)))))
	v := 1 + z*(1.27304834834123699328e-02+z*(7.60068627350353253702e-05+z*(2.59150851840457805467e-07+z*4.41110311332675467403e-10)))
	return u/v + twoOverPi*J0(x)*Log(x)
}

func J1(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0) || x == 0:
		return 0
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var z float64
	if x >= 2 {
		z = besselFar(x, true, false)
	} else if x < 7.450580596923828e-09 { // 2**-27
		// Go returns |x|/2 here, without the sign of x: J1(-tiny) > 0.
		return 0.5 * x
	} else {
		z = x * x
		r := z * (-6.25000000000000000000e-02 + z*(1.40705666955189706048e-03+z*(-1.59955631084035597520e-05+z*4.96727999609584448412e-08)))
		s := 1.0 + z*(1.91537599538363460805e-02+z*(1.85946785588630915560e-04+z*(1.17718464042623683263e-06+
			z*(5.04636257076217042715e-09+z*1.23542274426137913908e-11))))
		r *= x
		z = 0.5*x + r/s
	}
	if neg {
		return -z
	}
	return z
}

func Y1(x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case x == 0:
		return Inf(-1)
	}
	if x >= 2 {
		return besselFar(x, true, true)
	}
	if x <= 5.551115123125783e-17 { // 2**-54
		return -twoOverPi / x
	}
	z := x * x
	u := -1.96057090646238940668e-01 + z*(5.04438716639811282616e-02+z*(-1.91256895875763547298e-03+z*(2.35252600561610495928e-05+z*-9.19099158039878874504e-08)))
	v := 1 + z*(1.99167318236649903973e-02+z*(2.02552581025135171496e-04+z*(1.35608801097516229404e-06+
		z*(6.22741452364621501295e-09+z*1.66559246207992079114e-11))))
	return x*(u/v) + twoOverPi*(J1(x)*Log(x)-1/x)
}

// Jn: forward recurrence from J0 and J1 when n <= x; otherwise a continued fraction
// for J(n)/J(n-1) run back down to J0 (msun's e_jn).
func Jn(n int, x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case IsInf(x, 0):
		return 0
	}
	if n == 0 {
		return J0(x)
	}
	if x == 0 {
		return 0
	}
	if n < 0 {
		n, x = -n, -x
	}
	if n == 1 {
		return J1(x)
	}
	neg := false
	if x < 0 {
		x = -x
		neg = n&1 == 1
	}
	var b float64
	if float64(n) <= x {
		if x >= 8.148143905337944e+90 { // 2**302
			s, c := Sincos(x)
			b = invSqrtPi * besselQuadrant(n&3, c, s) / Sqrt(x)
		} else {
			a := J0(x)
			b = J1(x)
			for i := 1; i < n; i++ {
				a, b = b, b*(float64(i+i)/x)-a
			}
		}
	} else if x < 1.862645149230957e-09 { // 2**-29: the first term of the series
		if n > 33 {
			b = 0
		} else {
			half := x * 0.5
			b = half
			fact := 1.0
			for i := 2; i <= n; i++ {
				fact *= float64(i)
				b *= half
			}
			b /= fact
		}
	} else {
		// How many terms the continued fraction needs.
		w := float64(n+n) / x
		h := 2 / x
		q0 := w
		z := w + h
		q1 := w*z - 1
		k := 1
		for q1 < 1e9 {
			k++
			z += h
			q0, q1 = q1, z*q1-q0
		}
		t := 0.0
		for i := 2 * (n + k); i >= n+n; i -= 2 {
			t = 1 / (float64(i)/x - t)
		}
		a := t
		b = 1
		nf := float64(n)
		rescale := nf*Log(Abs(2/x*nf)) >= 7.09782712893383973096e+02
		for i := n - 1; i > 0; i-- {
			di := float64(i + i)
			a, b = b, b*di/x-a
			if rescale && b > 1e100 {
				a /= b
				t /= b
				b = 1
			}
		}
		b = t * J0(x) / b
	}
	if neg {
		return -b
	}
	return b
}

// besselQuadrant: cos(x - (2n+1)pi/4) * sqrt(2), by n mod 4, from cos x and sin x.
func besselQuadrant(n int, c, s float64) float64 {
	switch n {
	case 0:
		return c + s
	case 1:
		return -c + s
	case 2:
		return -c - s
	}
	return c - s
}

func Yn(n int, x float64) float64 {
	switch {
	case x < 0 || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	}
	if n == 0 {
		return Y0(x)
	}
	if x == 0 {
		if n < 0 && n&1 == 1 {
			return Inf(1)
		}
		return Inf(-1)
	}
	neg := false
	if n < 0 {
		n = -n
		neg = n&1 == 1
	}
	var b float64
	if n == 1 {
		b = Y1(x)
	} else if x >= 8.148143905337944e+90 { // 2**302
		s, c := Sincos(x)
		// sin(x - (2n+1)pi/4) * sqrt(2) is the same table turned by a quarter.
		b = invSqrtPi * besselQuadrant((n+1)&3, c, s) / Sqrt(x)
	} else {
		a := Y0(x)
		b = Y1(x)
		for i := 1; i < n && !IsInf(b, -1); i++ {
			a, b = b, (float64(i+i)/x)*b-a
		}
	}
	if neg {
		return -b
	}
	return b
}

// msun's coefficients of P and Q (order 0 and 1) on [8, inf), [4.5454, 8),
// [2.8571, 4.5454) and [2, 2.8571): numerators then denominators.
var j0PNum8 = []float64{0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00, -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03}
var j0PDen8 = []float64{1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04, 1.16752972564375915681e+05, 4.76277284146730962675e+04}
var j0PNum5 = []float64{-1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00, -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02}
var j0PDen5 = []float64{6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03, 9.62544514357774460223e+03, 2.40605815922939109441e+03}
var j0PNum3 = []float64{-2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00, -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01}
var j0PDen3 = []float64{3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03, 1.12799679856907414432e+03, 1.73580930813335754692e+02}
var j0PNum2 = []float64{-8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00, -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00}
var j0PDen2 = []float64{2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02, 1.53875394208320329881e+02, 1.46576176948256193810e+01}
var j0QNum8 = []float64{0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01, 5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04}
var j0QDen8 = []float64{1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05, 8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05}
var j0QNum5 = []float64{1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00, 1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03}
var j0QDen5 = []float64{8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04, 5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03}
var j0QNum3 = []float64{4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00, 4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02}
var j0QDen3 = []float64{4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03, 6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02}
var j0QNum2 = []float64{1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00, 1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01}
var j0QDen2 = []float64{3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02, 8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00}
var j1PNum8 = []float64{0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01, 4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03}
var j1PDen8 = []float64{1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04, 9.76027935934950801311e+04, 3.08042720627888811578e+04}
var j1PNum5 = []float64{1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00, 1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02}
var j1PDen5 = []float64{5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03, 7.84469031749551231769e+03, 1.50404688810361062679e+03}
var j1PNum3 = []float64{3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00, 3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01}
var j1PDen3 = []float64{3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03, 8.90811346398256432622e+02, 1.03787932439639277504e+02}
var j1PNum2 = []float64{1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00, 1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00}
var j1PDen2 = []float64{2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02, 1.17679373287147100768e+02, 8.36463893371618283368e+00}
var j1QNum8 = []float64{0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01, -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04}
var j1QDen8 = []float64{1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05, 7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05}
var j1QNum5 = []float64{-2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00, -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03}
var j1QDen5 = []float64{8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04, 4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03}
var j1QNum3 = []float64{-5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00, -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02}
var j1QDen3 = []float64{4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03, 5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02}
var j1QNum2 = []float64{-1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00, -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01}
var j1QDen2 = []float64{2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02, 7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00}
