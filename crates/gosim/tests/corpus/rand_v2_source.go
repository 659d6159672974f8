package main

import (
	"fmt"
	"math/rand/v2"
)

// A Source of the program's own: Rand's methods draw from it as Go's do.
type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 {
	c.n += 0x9E3779B97F4A7C15
	return c.n
}

func main() {
	r := rand.New(&counter{})
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int64(), r.Uint32(), r.Int32(), r.Float64())
	fmt.Println(r.Perm(6))
	var calls []string
	r.Shuffle(4, func(i, j int) { calls = append(calls, fmt.Sprint(i, "<->", j)) })
	fmt.Println(calls)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.IntN(0)
}
