// []byte(s) and []rune(s) of non-constant strings: empty, over 32 elements, printed
// (boxed by fmt: the array escapes), appended to, and written in a range loop.
package main

import (
	"fmt"
	"os"
)

var sink []byte

func main() {
	s := "hello"
	if len(os.Args) > 5 {
		s = "x"
	}
	e := s[:0]
	a := []byte(e)
	copy(a, "z")
	fmt.Println("empty-mut", len(a), cap(a))
	sink = []byte(e)
	fmt.Println("empty-global", len(sink), cap(sink))
	r := []rune(e)
	fmt.Println("runes-empty", len(r), cap(r))
	p := []byte(e)
	fmt.Println("empty-printed", p, cap(p))
	q := []byte(s)
	q = append(q, " world, this is long enough to grow"...)
	fmt.Println("grow", len(q), cap(q))
	l := s + s + s + s + s + s + s
	m := []byte(l)
	m[0] = 'x'
	fmt.Println("35 mut", len(m), cap(m))
	n := []byte(l)
	fmt.Println("35 printed", len(n), cap(n), n[:0])
	rr := []rune(l)
	fmt.Println("35 runes", len(rr), cap(rr))
	fmt.Println("35 runes printed", len(rr), cap(rr), rr[:0])
	y := append([]byte(s), '!')
	fmt.Println("appconv", len(y), cap(y))
	x := []byte(s)
	for i := range x {
		x[i]++
	}
	fmt.Println(string(x), cap(x))
}
