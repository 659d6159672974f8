// A CompareAndDelete whose value comparison panics leaves the map's lock held (Go 1.24+'s
// hash-trie compares under its node's lock with no deferred unlock), so the next Store
// on the same small map blocks forever: Load, which takes no lock, still works.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("k", []string{"x"})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.CompareAndDelete("k", []string{"x"})
	}()
	v, ok := m.Load("k")
	fmt.Println(v, ok)
	m.Store("k", 1)
	fmt.Println("not reached")
}
