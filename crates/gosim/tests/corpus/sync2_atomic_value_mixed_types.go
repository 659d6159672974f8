package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(10)
	fmt.Println(v.Load(), v.CompareAndSwap(10, 20), v.Load())
	fmt.Println(v.CompareAndSwap(10, 30), v.Load())
	n, ok := v.Load().(int)
	fmt.Println(n, ok)
	var empty atomic.Value
	fmt.Println(empty.Load() == nil)
	// An int64 is a different type from int, even holding the same number.
	v.Store(int64(20))
	fmt.Println("unreachable")
}
