// gosim: refused 13:14: not supported here: math/rand/v2.ChaCha8.MarshalBinary
package main

import (
	"fmt"
	"math/rand/v2"
)

// ChaCha8's stream is Go's, but its binary marshalling is not in the engine's library:
// refused by name.
func main() {
	c := rand.NewChaCha8([32]byte{1, 2, 3})
	b, err := c.MarshalBinary()
	fmt.Println(len(b), err, c.Uint64())
}
