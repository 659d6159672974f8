package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Host string
	Port int
}

func main() {
	var current atomic.Value
	current.Store(Config{"localhost", 8080})
	c := current.Load().(Config)
	fmt.Println(c.Host, c.Port)
	current.Store(Config{"example", 443})
	fmt.Println(current.Load().(Config).Port)
	old := current.Swap(Config{"new", 1})
	fmt.Println("old:", old.(Config).Host)
	// Resetting with nil is not allowed.
	current.Store(nil)
	fmt.Println("unreachable")
}
