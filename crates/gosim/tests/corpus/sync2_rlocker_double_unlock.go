package main

import (
	"fmt"
	"sync"
)

func readAll(l sync.Locker, items []string) {
	l.Lock()
	defer l.Unlock()
	for _, it := range items {
		fmt.Print(it, " ")
	}
	fmt.Println()
	l.Unlock() // oops: the deferred Unlock will run too
}

func main() {
	var rw sync.RWMutex
	r := rw.RLocker()
	readAll(r, []string{"x", "y"})
	fmt.Println("unreachable")
}
