// gosim: refused 14:16: not supported here: runtime.MemStats.NumGC
package main

import (
	"fmt"
	"runtime"
)

// NumGC counts the collections Go starts on its own, which the engine cannot
// know: refused by name, not invented.
func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 0)
}
