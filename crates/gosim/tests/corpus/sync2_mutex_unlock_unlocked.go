package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

// inc forgets that the caller does not hold the lock and unlocks it anyway.
func (c *counter) inc() {
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &counter{}
	c.mu.Lock()
	c.inc()
	fmt.Println("first inc:", c.n)
	defer func() {
		fmt.Println("recover does not help:", recover())
	}()
	c.inc()
	fmt.Println("second inc:", c.n)
}
