package main

import (
	"fmt"
	"math/rand"
)

// Rand.Read hands out seven bytes of each 63-bit draw, and keeps the rest for the
// next call, so reads of odd sizes line up with one long read.
func main() {
	a := rand.New(rand.NewSource(5))
	whole := make([]byte, 40)
	n, err := a.Read(whole)
	fmt.Println(n, err, whole)

	b := rand.New(rand.NewSource(5))
	var parts []byte
	for _, size := range []int{3, 1, 9, 0, 13, 14} {
		p := make([]byte, size)
		b.Read(p)
		parts = append(parts, p...)
	}
	fmt.Println(parts)

	// Seed resets the pending bytes too.
	b.Read(make([]byte, 2))
	b.Seed(5)
	p := make([]byte, 8)
	b.Read(p)
	fmt.Println(p, b.Int63())
}
