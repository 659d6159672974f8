package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// math/rand/v2's NormFloat64 and ExpFloat64 over a seeded PCG and ChaCha8: Go's
// numbers, tails included (printed in full).
func main() {
	for k, r := range []*rand.Rand{rand.New(rand.NewPCG(1, 2)), rand.New(rand.NewChaCha8([32]byte{9}))} {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
		var hn, he uint64
		for i := 0; i < 25000; i++ {
			n := r.NormFloat64()
			e := r.ExpFloat64()
			hn = hn*1000003 ^ math.Float64bits(n)
			he = he*1000003 ^ math.Float64bits(e)
			if math.Abs(n) > 3.442619855899 {
				fmt.Println(k, "normal tail", i, n)
			}
			if e > 7.69711747013104972 {
				fmt.Println(k, "exp tail", i, e)
			}
		}
		fmt.Println(k, hn, he, r.IntN(100))
	}
	x := rand.NormFloat64()
	y := rand.ExpFloat64()
	fmt.Println(!math.IsNaN(x), y >= 0)
}
