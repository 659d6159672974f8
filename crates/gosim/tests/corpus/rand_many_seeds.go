package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

// Many seeds through each seeded generator: math/rand's NewSource, v2's PCG and
// ChaCha8. A wrong seeding step shows at once in the first draws.
func main() {
	for seed := int64(-12); seed <= 12; seed++ {
		r := rand.New(rand.NewSource(seed * 1000003))
		fmt.Println(seed, r.Intn(1000), r.Int63n(1<<50), r.Perm(6), r.Float64())
	}
	for _, seed := range []int64{1 << 31, 1<<31 - 1, 1<<31 - 2, 89482311, -89482311, 1<<63 - 1, -1 << 63} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Int31())
	}
	for s := uint64(0); s < 10; s++ {
		p := randv2.New(randv2.NewPCG(s, s*s+1))
		var key [32]byte
		key[s] = byte(s + 1)
		key[31-s] = byte(3 * s)
		c := randv2.New(randv2.NewChaCha8(key))
		fmt.Println(s, p.IntN(1000), p.Uint64(), c.IntN(1000), c.Uint64(), c.Perm(5))
	}
}
