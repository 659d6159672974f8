package main

import (
	"fmt"
	"sync"
)

// Upgrading a read lock to a write lock is not possible: Lock waits for our own RLock.
func main() {
	var rw sync.RWMutex
	seen := map[string]bool{}
	word := "go"
	rw.RLock()
	if !seen[word] {
		fmt.Println("not seen yet, upgrading")
		rw.Lock()
		seen[word] = true
		rw.Unlock()
	}
	rw.RUnlock()
	fmt.Println("unreachable")
}
