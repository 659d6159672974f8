// gosim: refused 13:13: not supported here: runtime.GOMAXPROCS's result before the program sets GOMAXPROCS (the machine's CPU count; the engine models one CPU)
// runtime.GOMAXPROCS(0) before the program sets a value returns the machine's CPU
// count: refused when used.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("querying")
	workers := runtime.GOMAXPROCS(0)
	fmt.Println(workers > 0)
}
