package main

import (
	"fmt"
	"math/rand"
)

// A seeded math/rand generator gives the same numbers on every run and machine:
// Go's lagged Fibonacci source, seeded through its table. Seeds that are reduced
// (negative, zero, past 2^31-1) included.
func main() {
	for _, seed := range []int64{1, 42, 0, -1, 2147483647, 2147483648, -9876543210, 1 << 62} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
	}
	src := rand.NewSource(7)
	fmt.Println(src.Int63(), src.Int63())
	src.Seed(7)
	fmt.Println(src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())
	fmt.Printf("%T\n", src)

	// Enough draws to wrap the 607-word ring several times.
	r := rand.New(rand.NewSource(2024))
	var sum uint64
	for i := 0; i < 5000; i++ {
		sum = sum*31 + r.Uint64()
	}
	fmt.Println(sum, r.Int63())
	r.Seed(2024)
	fmt.Println(r.Uint64())
}
