package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.data[k]
}

// Set holds the write lock and then calls Get, which needs a read lock: self-deadlock.
func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Println("old value:", s.Get(k))
	s.data[k] = v
}

func main() {
	s := &Store{data: map[string]int{"a": 1}}
	fmt.Println("a =", s.Get("a"))
	s.Set("a", 2)
	fmt.Println("unreachable")
}
