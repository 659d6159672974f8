// A non-constant shift of an untyped constant takes the type its context gives
// (Go spec, Operators: "the type it would assume if the shift expression were
// replaced by its left operand alone"); a defined pointer type selects fields.
package main

import "fmt"

type T struct{ req int }
type PS *T

func shifted(shift uint) uint { return 1 << shift }

func main() {
	shift := uint(3)
	var u uint = 1 << shift
	var f uint8 = 1 << shift
	var g int64 = 1<<shift + 2
	fmt.Println(u, f, g, shifted(4))
	var x uint64 = 1 << (shift + 60)
	fmt.Println(x)
	t := &T{req: 5}
	var p PS = t
	fmt.Println(p.req)
	p.req = 9
	fmt.Println(t.req, (*p).req)
	var y = 1 << shift
	fmt.Printf("%T %v\n", y, y)
	fmt.Println(uint32(1)<<shift, int8(1)<<shift)
	more()
}

func more() {
	s := uint(2)
	var x uint32 = 7
	var y = x + 1<<s
	var z int64 = 1<<s + 2
	var k uint8 = 3
	k = k + 1<<s
	var w uint8 = 1<<(s+6) + 1<<(s+7)
	fmt.Println(y, z, k, -1<<s, ^0<<s, w, 1<<s == 1<<2)
}
