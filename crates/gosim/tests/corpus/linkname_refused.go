// gosim: refused 10:6: not supported here: //go:linkname
package main

import (
	"fmt"
	_ "unsafe"
)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

func main() {
	fmt.Println("clock running:", nanotime() > 0)
}
