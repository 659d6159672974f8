// gosim: refused 14:12: not supported here: unsafe's layout functions in a constant in a generic function
// An instance of f cannot tell int from its type argument int, and takes
// Sizeof of a type-parameter type as no constant, as Go does: a constant
// made of one in a generic body is refused rather than called non-constant.
package main

import (
	"fmt"
	"unsafe"
)

func f[T any]() uintptr {
	var x int
	const c = unsafe.Sizeof(x)
	return c
}

func main() {
	fmt.Println(f[int](), f[string]())
}
