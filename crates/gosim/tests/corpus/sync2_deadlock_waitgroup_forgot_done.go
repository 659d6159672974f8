package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out []int) {
	if id == 2 {
		return // early return skips wg.Done
	}
	out[id] = id * 10
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock() // blocks forever too
		fmt.Println("unreachable")
	}()
	wg.Wait()
	fmt.Println(out)
}
