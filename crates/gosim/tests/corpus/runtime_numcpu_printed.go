// gosim: refused 14:24: not supported here: runtime.NumCPU's result (the machine's CPU count; the engine models one CPU)
// runtime.NumCPU is the machine's CPU count: a program that prints it (or uses it
// in any way but to drop it or pass it straight to GOMAXPROCS) is refused.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.NumCPU()
	runtime.GOMAXPROCS(runtime.NumCPU())
	fmt.Println("cores:", runtime.NumCPU())
}
