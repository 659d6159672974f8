package main

import (
	"fmt"
	"math/rand"
)

// A Source of your own: rand.New uses its Int63 (and two of them for Uint64, since
// this one has no Uint64 method), so the methods' results follow from the stream.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n = (c.n*6364136223846793005 + 1442695040888963407) & (1<<63 - 1)
	return c.n
}

func (c *counter) Seed(s int64) { c.n = s }

type wrapped struct{ rand.Source }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Uint64(), r.Uint32(), r.Intn(1000), r.Float64())
	fmt.Println(r.Perm(8))
	r.Seed(77)
	fmt.Println(r.Int31n(50), r.Int63n(1<<50), r.Int())
	// A Source64 hidden behind a struct that only has Int63 and Seed.
	w := rand.New(wrapped{rand.NewSource(11)})
	d := rand.New(rand.NewSource(11))
	fmt.Println(w.Uint64(), d.Uint64())
	fmt.Println(w.Uint64() == d.Uint64())
}
