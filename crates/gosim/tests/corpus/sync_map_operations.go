// sync.Map's operations, and the panics of unhashable keys and uncomparable values (a
// CompareAndDelete whose comparison panics leaves its node's lock held: the next Store
// would block, so this program replaces the map first).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", []int{1})
	func() {
		defer func() { fmt.Println("r1:", recover()) }()
		fmt.Println(m.CompareAndSwap("a", []int{1}, 2))
	}()
	func() {
		defer func() { fmt.Println("r2:", recover()) }()
		fmt.Println(m.CompareAndDelete("a", []int{1}))
	}()
	func() {
		defer func() { fmt.Println("r3:", recover()) }()
		m.Store([]int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("r4:", recover()) }()
		fmt.Println(m.CompareAndSwap("zz", []int{1}, 2))
	}()
	func() {
		defer func() { fmt.Println("r5:", recover()) }()
		fmt.Println(m.Load([]int{1}))
	}()
	var m2 sync.Map; m = m2
	m.Store("b", 1)
	fmt.Println(m.CompareAndSwap("b", 1, 2), m.CompareAndSwap("b", 1, 3))
	fmt.Println(m.Swap("b", 5))
	fmt.Println(m.Swap("c", 5))
	fmt.Println(m.LoadOrStore("c", 6))
	fmt.Println(m.LoadOrStore("d", 7))
	fmt.Println(m.LoadAndDelete("d"))
	fmt.Println(m.LoadAndDelete("d"))
	fmt.Println(m.CompareAndDelete("c", 5), m.CompareAndDelete("c", 5))
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	var p sync.Pool
	fmt.Println(p.Get())
	p.New = func() any { return "new" }
	p.Put("a"); p.Put("b"); p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put(nil)
	fmt.Println(p.Get())
}
