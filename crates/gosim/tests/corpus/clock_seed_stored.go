// gosim: refused 15:10: not supported here: time.Time.UnixNano of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// A clock reading's UnixNano kept in a variable may be shown later, so it is refused
// even if it only ends up as a seed (clock_seed_works.go: straight into the seed).
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	rand.Seed(time.Now().UnixNano())
	fmt.Println("seeded")
	seed := time.Now().UnixNano()
	r := rand.New(rand.NewSource(seed))
	fmt.Println(r.Intn(2) < 2)
}
