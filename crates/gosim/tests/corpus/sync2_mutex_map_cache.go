package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type cache struct {
	mu     sync.Mutex
	data   map[string]int
	misses int
}

func (c *cache) get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	c.misses++
	v := len(key) * 10
	c.data[key] = v
	return v
}

func main() {
	c := &cache{data: map[string]int{}}
	words := strings.Fields("go chan mutex go select chan go wait")
	var wg sync.WaitGroup
	results := make([]int, len(words))
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			results[i] = c.get(w)
		}(i, w)
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Println("misses:", c.misses)
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, c.data[k])
	}
	fmt.Println()
}
