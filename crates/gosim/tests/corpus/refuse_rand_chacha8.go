// gosim: refused 11:21: not supported here: math/rand/v2.NewChaCha8
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	seed := [32]byte{1, 2, 3}
	r := rand.New(rand.NewChaCha8(seed))
	fmt.Println(r.IntN(1000))
}
