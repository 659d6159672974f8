package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println("procs:", runtime.GOMAXPROCS(0))
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i := range 300 {
				c.add("hits")
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("hits:", c.n["hits"])
	fmt.Println("back to", runtime.GOMAXPROCS(1), "then", runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	fmt.Println("TryLock:", mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
}
