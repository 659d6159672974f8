package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Unsigned atomics have no Sub: adding ^uint32(n-1) subtracts n.
func main() {
	var active uint32
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddUint32(&active, 1)
			atomic.AddUint32(&active, ^uint32(0))
		}()
	}
	wg.Wait()
	fmt.Println("active:", atomic.LoadUint32(&active))

	var tickets atomic.Uint32
	tickets.Store(10)
	fmt.Println(tickets.Add(^uint32(3 - 1)))
	fmt.Println(tickets.Add(^uint32(7 - 1)))
	fmt.Println("wraps below zero:", tickets.Add(^uint32(0)))

	var big atomic.Uint64
	big.Store(5)
	fmt.Println(big.Add(^uint64(1)), big.Add(^uint64(5)))

	var i64 atomic.Int64
	fmt.Println(i64.Add(-9), i64.Swap(3), i64.Load())
	var i32 int32 = 7
	fmt.Println(atomic.AddInt32(&i32, -10), atomic.SwapInt32(&i32, 2), i32)
}
