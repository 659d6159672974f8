package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.Mutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	return v, ok
}

// GetOrSet locks and then calls Get, which locks again: sync.Mutex is not reentrant.
func (c *Cache) GetOrSet(k string, v int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.Get(k); ok {
		return old
	}
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[string]int{"a": 1}}
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok)
	fmt.Println("calling GetOrSet")
	fmt.Println(c.GetOrSet("b", 2))
	fmt.Println("never printed")
}
