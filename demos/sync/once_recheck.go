// Exercise: a hand-made Once with a fast path and a mutex, but no second
// look at the flag once the mutex is held.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type myOnce struct {
	done atomic.Bool
	mu   sync.Mutex
}

func (o *myOnce) Do(f func()) {
	if o.done.Load() {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	f()
	o.done.Store(true)
}

var (
	once  myOnce
	loads int
)

func load() { loads++ }

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { once.Do(load) })
	wg.Go(func() { once.Do(load) })
	wg.Wait()
	fmt.Println("loads:", loads)
}
