package main

import (
	"fmt"
	mrand "math/rand"
	"math/rand/v2"
)

// Seeded generators give Go's exact float32 draws.
func main() {
	r := mrand.New(mrand.NewSource(42))
	for i := 0; i < 4; i++ {
		fmt.Print(r.Float32(), " ")
	}
	fmt.Println()
	p := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 4; i++ {
		fmt.Print(p.Float32(), " ")
	}
	fmt.Println()
	f := mrand.Float32()
	g := rand.Float32()
	fmt.Println(f >= 0 && f < 1, g >= 0 && g < 1)
}
