package main

import (
	"fmt"
	"math/rand/v2"
)

// A seeded PCG gives the same numbers on every run and every machine.
func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
	fmt.Println(r.IntN(10), r.IntN(1000), r.Int64N(1<<40+3), r.Uint64N(7), r.Int32N(99), r.Uint32N(1<<31+5), r.UintN(3))
	fmt.Println(r.IntN(64), r.Uint64N(1<<63))
	fmt.Println(r.Float64(), r.Perm(10))
	deck := []string{"A", "K", "Q", "J", "10", "9", "8"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	dice := make([]int, 7)
	for i := 0; i < 600; i++ {
		dice[1+r.IntN(6)]++
	}
	fmt.Println(dice[1:])

	p := rand.NewPCG(42, 54)
	first := []uint64{p.Uint64(), p.Uint64(), p.Uint64()}
	p.Seed(42, 54)
	fmt.Println(first, p.Uint64() == first[0])
	fmt.Println(rand.New(rand.NewPCG(0, 0)).Uint64())
}
