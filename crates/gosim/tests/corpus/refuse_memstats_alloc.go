// gosim: refused 14:35: not supported here: runtime.MemStats.Alloc
package main

import (
	"fmt"
	"runtime"
)

// Go's byte counts come from its allocator and differ from run to run: the engine
// refuses the field by name rather than print a figure of its own.
func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("Alloc = %v MiB\n", m.Alloc/1024/1024 > 1000)
}
