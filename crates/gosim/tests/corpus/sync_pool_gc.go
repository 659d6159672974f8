// A sync.Pool on one P: Put fills the private slot, then the head of the shared list;
// Get takes them in that order. One runtime.GC moves everything to the victim cache,
// where Get still finds it; a second GC drops it, and Get calls New. GOMAXPROCS(1) keeps
// main on one P: with more, Go may move it after a GC and see another P's victims.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put("x")
	p.Put("y")
	runtime.GC()
	fmt.Println(p.Get(), p.Get(), p.Get())
	p.Put("z")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get(), made)
	var empty sync.Pool
	fmt.Println(empty.Get())
}
