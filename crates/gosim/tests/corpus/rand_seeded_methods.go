package main

import (
	"fmt"
	"math/rand"
)

// Every bounded draw of a seeded *rand.Rand, with bounds that are powers of two, just
// above one, and large enough that rejection happens.
func main() {
	for _, seed := range []int64{3, 99, 123456789} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(r.Intn(10), r.Intn(100), r.Intn(1<<20), r.Intn(3), r.Intn(1<<40+7), r.Intn(1))
		fmt.Println(r.Int63n(1000), r.Int63n(1<<62+1), r.Int63n(64), r.Int31n(7), r.Int31n(1<<30+1), r.Int31n(256))
		fmt.Println(r.Float64(), r.Float64(), r.Perm(12))
		cards := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
		r.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })
		fmt.Println(cards)
		hist := make([]int, 6)
		for i := 0; i < 3000; i++ {
			hist[r.Intn(6)]++
		}
		fmt.Println(hist)
		big := 0
		for i := 0; i < 200; i++ {
			if r.Int31n(2000000001) > 1000000000 {
				big++
			}
		}
		fmt.Println(big, r.Int63n(9223372036854775807))
	}
}
