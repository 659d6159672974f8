// gosim: refused 11:23: not supported here: function F named in a type declaration
// Go resolves package names in any order; the engine declares the package's
// functions after its types, so one named in an array length is refused.
package main

import (
	"fmt"
	"unsafe"
)

type B [unsafe.Sizeof(F())]*byte

func F() uint16 {
	panic("never called")
}

func main() {
	var b B
	fmt.Println(len(b))
}
