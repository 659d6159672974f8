// gosim: refused 13:12: not supported here: math/rand.New
package main

import (
	"fmt"
	"math/rand"
)

// A seeded math/rand generator must print Go's exact sequence, which needs Go's
// own generator: the engine refuses it by name rather than print other numbers.
// (math/rand/v2's rand.New(rand.NewPCG(a, b)) is exact and supported.)
func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100))
}
