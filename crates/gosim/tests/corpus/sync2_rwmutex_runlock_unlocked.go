package main

import (
	"fmt"
	"sync"
)

// A reader that unlocks twice: the second RUnlock has no read lock to release.
// Go treats this as a fatal error, which recover cannot catch.
func main() {
	var rw sync.RWMutex
	shared := []string{"a", "b"}
	rw.RLock()
	fmt.Println("reading:", len(shared), shared[0])
	rw.RUnlock()
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	rw.RUnlock()
	fmt.Println("never printed")
}
