package main

// sync/atomic: counters many goroutines share, the old functions and the typed values,
// unsigned decrements (no Sub: adding ^uint32(n-1) subtracts n) and atomic.Value's panics.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
}

func main() {
	var n int64
	var active uint32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddUint32(&active, 1)
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
			atomic.AddUint32(&active, ^uint32(0))
		}()
	}
	wg.Wait()
	fmt.Println("total:", atomic.LoadInt64(&n), "active:", atomic.LoadUint32(&active))

	var u uint32 = 1
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.CompareAndSwapUint32(&u, 0, 7), u)
	fmt.Println(atomic.SwapUint32(&u, 9), atomic.LoadUint32(&u))
	var i32 int32 = 7
	fmt.Println(atomic.AddInt32(&i32, -10), atomic.SwapInt32(&i32, 2), i32)

	var c atomic.Int32
	c.Store(5)
	fmt.Println(c.Add(-7), c.CompareAndSwap(-2, 3), c.CompareAndSwap(-2, 4), c.Load(), c.Swap(1))
	var i64 atomic.Int64
	fmt.Println(i64.Add(-9), i64.Swap(3), i64.Load())
	var tickets atomic.Uint32
	tickets.Store(10)
	fmt.Println(tickets.Add(^uint32(3-1)), tickets.Add(^uint32(7-1)))
	fmt.Println("wraps below zero:", tickets.Add(^uint32(0)))
	var big atomic.Uint64
	big.Add(1 << 63)
	big.Add(1 << 63)
	fmt.Println("wrapped:", big.Load())
	big.Store(5)
	fmt.Println(big.Add(^uint64(1)), big.Add(^uint64(5)))

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))

	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store(config{"a"})
	fmt.Println(v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"a"}, config{"b"}), v.Load())
	for _, bad := range []any{"a string", nil} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			v.Store(bad)
		}()
	}
}
