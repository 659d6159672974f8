package main

import (
	"fmt"
	"math/rand/v2"
)

// ChaCha8.Read gives eight bytes a word; a short read keeps the rest of its word for
// the next one, so pieces line up with one long read. rand.N takes any integer type.
type celsius int16

func main() {
	seed := [32]byte{31: 7}
	a := rand.NewChaCha8(seed)
	whole := make([]byte, 45)
	n, err := a.Read(whole)
	fmt.Println(n, err, whole)

	b := rand.NewChaCha8(seed)
	var parts []byte
	for _, size := range []int{3, 2, 8, 0, 11, 5, 16} {
		p := make([]byte, size)
		n, _ := b.Read(p)
		parts = append(parts, p[:n]...)
	}
	fmt.Println(parts)
	fmt.Println(b.Uint64())

	k := rand.N(10)
	t := rand.N(celsius(40))
	u := rand.N(uint8(200))
	fmt.Println(k >= 0 && k < 10, t >= 0 && t < 40, u < 200)
	fmt.Printf("%T %T\n", t, u)
}
