package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A lock-free maximum: retry CompareAndSwap until our value is stored or beaten.
func storeMax(m *atomic.Int64, v int64) int {
	retries := 0
	for {
		cur := m.Load()
		if v <= cur {
			return retries
		}
		if m.CompareAndSwap(cur, v) {
			return retries
		}
		retries++
	}
}

func main() {
	var best atomic.Int64
	best.Store(-1)
	values := []int64{17, 3, 99, 42, 65, 99, 8, 71}
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			storeMax(&best, v)
		}()
	}
	wg.Wait()
	fmt.Println("max:", best.Load())

	var hits int32
	for i := 0; i < 3; i++ {
		for {
			old := atomic.LoadInt32(&hits)
			if atomic.CompareAndSwapInt32(&hits, old, old*2+1) {
				break
			}
		}
	}
	fmt.Println("hits:", hits, atomic.CompareAndSwapInt32(&hits, 0, 1), hits)
	var u atomic.Uint32
	fmt.Println(u.CompareAndSwap(0, 4), u.CompareAndSwap(0, 5), u.Load(), u.Swap(6), u.Load())
}
