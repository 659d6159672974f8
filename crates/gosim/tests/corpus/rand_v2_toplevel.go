package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
)

// Random draws from several goroutines: every value is in range whatever the order.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	rolls := []int{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				n := rand.IntN(6) + 1
				mu.Lock()
				rolls = append(rolls, n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	ok := len(rolls) == 100
	for _, r := range rolls {
		ok = ok && r >= 1 && r <= 6
	}
	fmt.Println("100 rolls in 1..6:", ok)
	fmt.Println(rand.Int64N(10) < 10, rand.Uint64N(3) < 3, rand.Int32N(5) < 5, rand.Uint32N(9) < 9, rand.UintN(2) < 2)
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1, rand.Int() >= 0, rand.Int64() >= 0, rand.Int32() >= 0)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println(p)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Int64N(-1)
}
