package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&Config{1, "first"})
	var wg sync.WaitGroup
	for i := 2; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &Config{old.Version + 1, fmt.Sprint("v", old.Version+1)}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(*cur.Load())
	prev := cur.Swap(&Config{0, "reset"})
	fmt.Println(prev.Version, cur.Load().Name)
	fmt.Println(cur.CompareAndSwap(prev, nil), cur.CompareAndSwap(cur.Load(), nil), cur.Load())
	fmt.Printf("%T\n", &cur)
}
