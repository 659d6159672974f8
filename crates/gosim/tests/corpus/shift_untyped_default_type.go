package main

import "fmt"

var n = 32

// A non-constant shift of an untyped constant takes the type the constant would have
// alone: its context's type, or its default type where there is none (a rune
// constant shifts as an int32 and overflows to 0), and int in an index or a size.
func main() {
	const A = 'b' - 'a'
	const X = '\x61'
	const B = 0x62 - X
	fmt.Println(A<<n>>n, 1<<n>>n, B<<n>>n, (A<<n)+1)
	s := uint(1)
	a := []int{1, 2, 3, 4}
	fmt.Println(a[1.0<<s], len(make([]int, 1.0<<s)), a[:1.0<<s], cap(make([]int, 0, 2.0<<s)))
	var x int64 = 1.0 << s
	y := 1 << s
	z := 'x' << s
	fmt.Printf("%T %T %T %v %v\n", x, y, z, z, 'x'<<n)
	m := map[int]int{}
	m[1<<s] = 3
	fmt.Println(m, uint8(1<<s+255))
}
