package main

import (
	"fmt"
	"strings"
	"sync"
)

type Dictionary struct {
	once  sync.Once
	words map[string]bool
	loads int
}

func (d *Dictionary) load() {
	d.loads++
	d.words = map[string]bool{}
	for _, w := range strings.Fields("apple banana cherry") {
		d.words[w] = true
	}
}

func (d *Dictionary) Has(w string) bool {
	d.once.Do(d.load)
	return d.words[w]
}

func main() {
	d := &Dictionary{}
	var wg sync.WaitGroup
	found := make([]bool, 6)
	queries := []string{"apple", "kiwi", "cherry", "banana", "fig", "apple"}
	for i, q := range queries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			found[i] = d.Has(q)
		}()
	}
	wg.Wait()
	fmt.Println(found)
	fmt.Println("loads:", d.loads)
	other := &Dictionary{}
	fmt.Println(other.Has("fig"), other.loads, d.loads)
}
