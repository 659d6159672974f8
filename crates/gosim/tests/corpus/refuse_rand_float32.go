// gosim: refused 13:16: not supported here: math/rand.Rand.Float32
package main

import (
	"fmt"
	"math/rand"
)

// The engine has no float32, so Float32 is refused by name; the rest of a seeded
// math/rand generator gives Go's exact numbers.
func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Float32(), r.Intn(100))
}
