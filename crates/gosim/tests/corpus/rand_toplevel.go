package main

import (
	"fmt"
	"math/rand"
	"sort"
)

// Go seeds the top-level functions at random: only properties can be printed.
func main() {
	inRange := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(6) + 1; n < 1 || n > 6 {
			inRange = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if n := rand.Int63n(1000); n < 0 || n >= 1000 {
			inRange = false
		}
		if n := rand.Int31n(7); n < 0 || n >= 7 {
			inRange = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 || rand.Int31() < 0 {
			inRange = false
		}
	}
	fmt.Println("all in range:", inRange)

	p := rand.Perm(10)
	sorted := append([]int(nil), p...)
	sort.Ints(sorted)
	fmt.Println("perm has", len(p), "elements:", sorted)

	words := []string{"go", "rust", "zig", "c", "odin"}
	rand.Shuffle(len(words), func(i, j int) {
		if j > i {
			fmt.Println("bad swap")
		}
		words[i], words[j] = words[j], words[i]
	})
	sort.Strings(words)
	fmt.Println(words)

	counts := map[int]int{}
	for i := 0; i < 6000; i++ {
		counts[rand.Intn(3)]++
	}
	fmt.Println(len(counts), counts[0] > 1500, counts[1] > 1500, counts[2] > 1500)
	fmt.Println(rand.Uint32() >= 0, rand.Uint64() >= 0)

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
