package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	failed   int
}

func (b *Bank) Transfer(from, to string, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		b.failed++
		return false
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	total := 0
	for _, v := range b.accounts {
		total += v
	}
	return total
}

func main() {
	b := &Bank{accounts: map[string]int{"alice": 1000, "bob": 1000, "carol": 1000}}
	names := []string{"alice", "bob", "carol"}
	var wg sync.WaitGroup
	for g := range 30 {
		wg.Go(func() {
			for k := range 50 {
				b.Transfer(names[(g+k)%3], names[(g+k+1)%3], 7)
			}
		})
	}
	wg.Wait()
	fmt.Println("total is conserved:", b.Total())
	fmt.Println("accounts:", len(b.accounts))

	// Deterministic transfers give a deterministic result.
	b2 := &Bank{accounts: map[string]int{"x": 10, "y": 0}}
	fmt.Println(b2.Transfer("x", "y", 4), b2.Transfer("x", "y", 4), b2.Transfer("x", "y", 4))
	fmt.Println(b2.accounts, "failed:", b2.failed)
}
