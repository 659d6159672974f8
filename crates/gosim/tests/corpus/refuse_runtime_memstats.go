// gosim: refused 11:16: not supported here: runtime.MemStats
package main

import (
	"fmt"
	"runtime"
)

// Go's memory figures cannot be reproduced by the engine: refused, not invented.
func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 0)
}
