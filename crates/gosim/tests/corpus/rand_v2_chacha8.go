package main

import (
	"fmt"
	"math/rand/v2"
)

// A seeded ChaCha8 gives Go's exact stream: enough draws to pass several refills and
// two rekeyings (every 124 words), through rand.New's methods too.
func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the syncscope!!")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 6; i++ {
		fmt.Println(c.Uint64())
	}
	var sum uint64
	for i := 0; i < 1000; i++ {
		sum = sum*1099511628211 ^ c.Uint64()
	}
	fmt.Println(sum, c.Uint64())

	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r.IntN(1000), r.Int64N(1<<40+3), r.Uint32N(77), r.Int32N(1<<30), r.UintN(5), r.Uint64N(1<<63+1))
	fmt.Println(r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint(), r.Float64())
	fmt.Println(r.Perm(15))
	names := []string{"ann", "bob", "cy", "dee", "eve", "fay", "gus"}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	fmt.Println(names)

	// Seed restarts the stream.
	c.Seed(seed)
	fmt.Println(c.Uint64())
	for _, b := range []byte{0, 9, 255} {
		var s [32]byte
		for i := range s {
			s[i] = b + byte(i)
		}
		fmt.Println(b, rand.NewChaCha8(s).Uint64())
	}
}
