// Package math/rand/v2: Go's Rand methods over any Source; PCG exactly as Go's
// (seeded runs print Go's numbers); the top-level functions on the engine's own
// generator (Go seeds them at random, so any sequence is faithful). ChaCha8, Float32 (the
// engine has no float32) and the generic N are not here.
package rand

type Source interface {
	Uint64() uint64
}

func next() uint64

func mul64(a, b uint64) (hi, lo uint64)

func pcgNext(hi, lo uint64) (nhi, nlo, out uint64)

type PCG struct {
	hi, lo uint64
}

func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

func (p *PCG) Seed(seed1, seed2 uint64) { p.hi, p.lo = seed1, seed2 }

func (p *PCG) Uint64() uint64 {
	var x uint64
	p.hi, p.lo, x = pcgNext(p.hi, p.lo)
	return x
}

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return next() }

type Rand struct {
	src Source
}

func New(src Source) *Rand { return &Rand{src} }

var global = &Rand{runtimeSource{}}

func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// uint64n is Lemire's multiply-and-reject, a power of two masked, as Go draws.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = mul64(r.Uint64(), n)
		}
	}
	return hi
}

func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }


func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

func Int64() int64 { return global.Int64() }

func Uint32() uint32 { return global.Uint32() }

func Uint64() uint64 { return global.Uint64() }

func Int32() int32 { return global.Int32() }

func Int() int { return global.Int() }

func Uint() uint { return global.Uint() }

func Int64N(n int64) int64 { return global.Int64N(n) }

func Uint64N(n uint64) uint64 { return global.Uint64N(n) }

func Int32N(n int32) int32 { return global.Int32N(n) }

func Uint32N(n uint32) uint32 { return global.Uint32N(n) }

func IntN(n int) int { return global.IntN(n) }

func UintN(n uint) uint { return global.UintN(n) }

func Float64() float64 { return global.Float64() }


func Perm(n int) []int { return global.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
