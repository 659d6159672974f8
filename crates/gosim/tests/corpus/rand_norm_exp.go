package main

// Seeded NormFloat64 and ExpFloat64 are Go's exact numbers, in math/rand and in
// math/rand/v2 (over a PCG and a ChaCha8): the ziggurat's quick path, its float32
// edge test and the tails (drawn through logarithms) all show up in tens of thousands
// of draws; every tail value is printed in full.

import (
	"fmt"
	"math"
	"math/rand"
	randv2 "math/rand/v2"
)

// draw takes n normal and n exponential values in turn, prints the tails, and
// returns a hash of each sequence's bits and each sequence's mean.
func draw(tag string, n int, norm, exp func() float64) (hn, he uint64, mn, me float64) {
	for i := 0; i < n; i++ {
		x := norm()
		e := exp()
		hn = hn*1000003 ^ math.Float64bits(x)
		he = he*1000003 ^ math.Float64bits(e)
		mn += x / float64(n)
		me += e / float64(n)
		if math.Abs(x) > 3.442619855899 {
			fmt.Println(tag, "normal tail", i, x)
		}
		if e > 7.69711747013104972 {
			fmt.Println(tag, "exp tail", i, e)
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.NormFloat64(), r.NormFloat64(), r.ExpFloat64(), r.ExpFloat64())
	hn, he, mn, me := draw("v1", 30000, r.NormFloat64, r.ExpFloat64)
	fmt.Printf("%d %d %.6f %.6f\n", hn, he, mn, me)
	s := rand.New(rand.NewSource(-42))
	fmt.Println(s.NormFloat64()*2+10, s.ExpFloat64()/3, s.Intn(10))

	for k, r := range []*randv2.Rand{randv2.New(randv2.NewPCG(1, 2)), randv2.New(randv2.NewChaCha8([32]byte{9}))} {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
		hn, he, _, _ := draw(fmt.Sprint("v2 ", k), 25000, r.NormFloat64, r.ExpFloat64)
		fmt.Println(k, hn, he, r.IntN(100))
	}
	x := randv2.NormFloat64()
	y := randv2.ExpFloat64()
	fmt.Println(!math.IsNaN(x), y >= 0)
}
