package main

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
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", atomic.LoadInt64(&n))

	var u uint32 = 1
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.CompareAndSwapUint32(&u, 0, 7), u)
	fmt.Println(atomic.SwapUint32(&u, 9), atomic.LoadUint32(&u))

	var c atomic.Int32
	c.Store(5)
	fmt.Println(c.Add(-7), c.CompareAndSwap(-2, 3), c.CompareAndSwap(-2, 4), c.Load(), c.Swap(1))
	var big atomic.Uint64
	big.Add(1 << 63)
	big.Add(1 << 63)
	fmt.Println("wrapped:", big.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))

	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store(config{"a"})
	fmt.Println(v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"a"}, config{"b"}), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
