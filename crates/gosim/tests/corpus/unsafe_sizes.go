package main

import (
	"fmt"
	"unsafe"
)

type small struct {
	flag bool
	n    int64
	b    byte
}

type packed struct {
	n    int64
	b    byte
	flag bool
}

type inner struct {
	a int16
	b int32
}

type outer struct {
	c byte
	inner
	s    string
	tail struct{}
}

// Sizes, alignments and offsets are constants of the amd64 layout.
func main() {
	fmt.Println("int", unsafe.Sizeof(int(1)), "int8", unsafe.Sizeof(int8(1)), "int16", unsafe.Sizeof(int16(1)))
	fmt.Println("int32", unsafe.Sizeof(int32(1)), "uint64", unsafe.Sizeof(uint64(1)), "float64", unsafe.Sizeof(2.5))
	var s small
	var p packed
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(p), unsafe.Alignof(s), unsafe.Alignof(p.b))
	fmt.Println(unsafe.Offsetof(s.flag), unsafe.Offsetof(s.n), unsafe.Offsetof(s.b))
	var o outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.b), unsafe.Offsetof(o.s), unsafe.Offsetof(o.tail))
	fmt.Println(unsafe.Sizeof("hello, world"), unsafe.Sizeof([]int{1, 2, 3}), unsafe.Sizeof(map[int]int{}))
	var e any = 3
	var ptr *int
	runes := []rune("héllo")
	fmt.Println(unsafe.Sizeof(e), unsafe.Sizeof(ptr), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(struct{}{}))
	fmt.Printf("%d bytes for %d runes\n", int(unsafe.Sizeof(runes[0]))*len(runes), len(runes))
	const sz = unsafe.Sizeof(int32(0)) * 4
	fmt.Printf("%T %v\n", sz, sz)
}
