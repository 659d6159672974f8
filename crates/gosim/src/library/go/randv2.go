// Package math/rand/v2: Go's Rand methods over any Source; PCG and ChaCha8 exactly
// as Go's (seeded runs print Go's numbers); the top-level functions on the engine's own
// generator (Go seeds them at random, so any sequence is faithful). The method
// Rand.N, Zipf and ChaCha8's binary marshalling are not here.
package rand

import "internal/ziggurat"

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

// ChaCha8 is Go's ChaCha8Rand: a buffer of 32 words from four ChaCha8 blocks (the
// native chachaBlock lays them out as Go's internal/chacha8rand does). The block
// counter c steps by 4 a refill; at 16 the last four words of the buffer (held back
// from the output) become the next key and c restarts at 0.
type ChaCha8 struct {
	key     [4]uint64
	buf     [32]uint64
	i, n, c uint32
	readBuf [8]byte
	readLen int
}

func chachaBlock(key [4]uint64, counter uint32) [32]uint64

func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := &ChaCha8{}
	c.Seed(seed)
	return c
}

func (c *ChaCha8) Seed(seed [32]byte) {
	for k := 0; k < 4; k++ {
		var w uint64
		for b := 7; b >= 0; b-- {
			w = w<<8 | uint64(seed[8*k+b])
		}
		c.key[k] = w
	}
	c.buf = chachaBlock(c.key, 0)
	c.c, c.i, c.n = 0, 0, 32
	c.readLen = 0
	c.readBuf = [8]byte{}
}

func (c *ChaCha8) refill() {
	c.c += 4
	if c.c == 16 {
		c.key = [4]uint64{c.buf[28], c.buf[29], c.buf[30], c.buf[31]}
		c.c = 0
	}
	c.buf = chachaBlock(c.key, c.c)
	c.i, c.n = 0, 32
	if c.c == 12 {
		c.n = 28
	}
}

func (c *ChaCha8) Uint64() uint64 {
	for c.i >= c.n {
		c.refill()
	}
	x := c.buf[c.i]
	c.i++
	return x
}

// Read fills p with whole words, low byte first; the bytes of a last word p had no
// room for start the next Read. (readBuf is indexed, not sliced: the engine's slice of
// an array inside a struct would be a copy.)
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	for n < len(p) && c.readLen > 0 {
		p[n] = c.readBuf[8-c.readLen]
		c.readLen--
		n++
	}
	for len(p)-n >= 8 {
		w := c.Uint64()
		for k := 0; k < 8; k++ {
			p[n] = byte(w >> (8 * k))
			n++
		}
	}
	if n < len(p) {
		w := c.Uint64()
		for k := 0; k < 8; k++ {
			c.readBuf[k] = byte(w >> (8 * k))
		}
		c.readLen = 8 - (len(p) - n)
		for k := 0; n < len(p); k++ {
			p[n] = c.readBuf[k]
			n++
		}
	}
	return n, nil
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

// Float32 keeps the low 24 bits of a 32-bit draw and scales them into [0, 1).
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }


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

func Float32() float32 { return global.Float32() }


func Perm(n int) []int { return global.Perm(n) }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N is a uniform draw in [0, n) for any integer type (rand.N(10*time.Second)).
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(global.uint64n(uint64(n)))
}

func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }

// NormFloat64 is a standard normal draw by the ziggurat method, with Go's tables
// and Go's draws: the draw from the low 32 bits of one Uint64, the strip above them.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := ziggurat.Norm(int32(u), int(u>>32&0x7F), r); ok {
			return x
		}
	}
}

// ExpFloat64 is an exponential draw (rate 1) by the ziggurat method, as Go makes it.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := ziggurat.Exp(uint32(u), int(uint8(u>>32)), r); ok {
			return x
		}
	}
}

func NormFloat64() float64 { return global.NormFloat64() }

func ExpFloat64() float64 { return global.ExpFloat64() }
