package main

import (
	"fmt"
	"math/rand"
)

// Since Go 1.24, rand.Seed does nothing (GODEBUG randseednop=1 by default): the
// top-level functions stay randomly seeded. Print only properties of the draws.
func main() {
	rand.Seed(1)
	a := rand.Intn(100)
	rand.Seed(1)
	b := rand.Intn(100)
	fmt.Println(a >= 0 && a < 100, b >= 0 && b < 100)
	buf := make([]byte, 10)
	n, err := rand.Read(buf)
	fmt.Println(n, err)
	p := rand.Perm(20)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(len(seen), rand.Float64() < 1, rand.Int31n(5) < 5)
}
