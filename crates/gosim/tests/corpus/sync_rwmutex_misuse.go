package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced")
	defer fmt.Println("deferred calls do not run after a fatal error")
	rw.Unlock()
}
