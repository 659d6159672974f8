package main

// gosim: refused 17:24: not supported here: unsafe.Pointer

import (
	"fmt"
	"unsafe"
)

type pair struct {
	a int32
	b int16
}

func main() {
	p := pair{1, 2}
	pb := (*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.b)))
	*pb = 42
	fmt.Println(p.b, unsafe.Sizeof(p))
}
