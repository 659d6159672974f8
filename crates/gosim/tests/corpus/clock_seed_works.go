// Seeding a random source from the clock is fine: Go's rand.Seed does nothing (since
// Go 1.24) and a seeded source draws what some seed gives, so the reading's value is
// not shown. Printing it, or a number made from it, is refused (clock_now_fields.go).
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	rand.Seed(time.Now().UnixNano())
	rand.Seed(int64(time.Now().Unix()))
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	n := r.Intn(6) + 1
	fmt.Println("a die shows 1 to 6:", n >= 1 && n <= 6)
	fmt.Println(rand.Intn(3) < 3)
}
