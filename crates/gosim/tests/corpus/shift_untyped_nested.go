package main

// A shift of an untyped constant by a variable takes its type from the context,
// and so does a shift of such a shift: `(1 << bits) >> 6` assigned to a uint is
// a uint shift, and 1<<63>>n<<n is computed in uint64 when a uint64 wants it.

import "fmt"

type table struct{ bits uint }

func main() {
	t := &table{bits: 8}
	var words uint = (1 << t.bits) >> 6
	var big int64 = 1 << t.bits << 40
	var small uint8 = (1 << t.bits) >> 1
	plain := (1 << t.bits) >> 3
	fmt.Printf("%T=%v %T=%v %T=%v %T=%v\n", words, words, big, big, small, small, plain, plain)

	n := uint(4)
	var top uint64 = 1<<63>>n<<n | 1
	fmt.Println(top)
	fmt.Println(int32(1<<n>>1), uint16((1<<n)<<12), ^(1<<n>>2))
}
