// In a generic body, unsafe.Sizeof of a value whose type holds a type
// parameter is no constant: shifts and divisions by it happen at run time,
// and a constant string indexed by it panics rather than failing to build.
package main

import (
	"fmt"
	"unsafe"
)

func shift[T any]() int64 {
	return 1 << unsafe.Sizeof(*new(T))
}

func div[T any]() uintptr {
	return 1 / unsafe.Sizeof(*new(T))
}

type pair[T any] struct {
	a, b T
}

func size[T any]() (uintptr, uintptr) {
	var p pair[T]
	var ptr *T
	return unsafe.Sizeof(p), unsafe.Sizeof(ptr)
}

func at[T byte](t T) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	const str = "a"
	return string(str[unsafe.Sizeof(t)])
}

func main() {
	fmt.Println(shift[[62]byte](), shift[[63]byte](), shift[[64]byte](), shift[int8]())
	fmt.Println(div[byte](), div[int32]())
	fmt.Println(size[int16]())
	fmt.Println(size[[3]int64]())
	fmt.Printf("%T\n", at[byte])
	fmt.Println(at(0))
}
