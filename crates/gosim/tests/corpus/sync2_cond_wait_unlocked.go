package main

import (
	"fmt"
	"sync"
)

type inbox struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

// Wait must be called with c.L held, because it starts by unlocking it.
// next forgets to lock, so the first Wait unlocks a mutex nobody holds.
func (b *inbox) next() string {
	for len(b.items) == 0 {
		b.cond.Wait()
	}
	it := b.items[0]
	b.items = b.items[1:]
	return it
}

func main() {
	b := &inbox{items: []string{"hello"}}
	b.cond = sync.NewCond(&b.mu)
	fmt.Println("first:", b.next())
	fmt.Println("left:", len(b.items))
	fmt.Println("second:", b.next())
}
