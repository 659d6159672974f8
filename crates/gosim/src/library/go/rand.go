// Package math/rand: the top-level functions on the engine's own generator (Go
// seeds them at random, so any sequence is faithful). Seed, New and NewSource are
// not here: Go's seeded sequences come from a generator this library lacks.
package rand

func next() uint64

func Uint64() uint64 { return next() }

func Int63() int64 { return int64(next() >> 1) }

func Uint32() uint32 { return uint32(next() >> 32) }

func Int31() int32 { return int32(next() >> 33) }

func Int() int { return int(next() >> 1) }

// below is a uniform draw in [0, n) for n > 0, without bias.
func below(n uint64) uint64 {
	limit := -n % n
	for {
		x := next()
		if x >= limit {
			return x % n
		}
	}
}

func Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return int64(below(uint64(n)))
}

func Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(below(uint64(n)))
}

func Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(below(uint64(n)))
}

func Float64() float64 { return float64(next()>>11) / (1 << 53) }


func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, Intn(i+1))
	}
}
