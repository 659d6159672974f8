// The capacity of []byte(s) and []rune(s) of a non-constant string, as Go's escape
// analysis decides it: bytes kept local and never written share the string (cap = len);
// kept local otherwise, a 32-element stack buffer; escaping, a heap size class.
package main

import (
	"fmt"
	"os"
)

var sink []byte
var rsink []rune

func main() {
	s := "hello"
	if len(os.Args) > 5 { // never: s is not a constant
		s = "x"
	}
	// local, not modified
	b := []byte(s)
	fmt.Println("local-ro", len(b), cap(b))
	// local, modified
	c := []byte(s)
	c[0] = 'H'
	fmt.Println("local-mod", len(c), cap(c), string(c))
	// escapes via global
	sink = []byte(s)
	fmt.Println("global", len(sink), cap(sink))
	// appended
	d := []byte(s)
	d = append(d, '!')
	fmt.Println("append", len(d), cap(d))
	e := []byte(s)
	e = append(e, make([]byte, 40)...)
	fmt.Println("append40", len(e), cap(e))
	// runes
	rr := []rune(s)
	fmt.Println("runes-ro", len(rr), cap(rr))
	rm := []rune(s)
	rm[0] = 'H'
	fmt.Println("runes-mod", len(rm), cap(rm))
	rsink = []rune(s)
	fmt.Println("runes-global", len(rsink), cap(rsink))
	ra := []rune(s)
	ra = append(ra, '!')
	fmt.Println("runes-append", len(ra), cap(ra))
	// empty
	es := s[:0]
	eb := []byte(es)
	fmt.Println("empty-ro", len(eb), cap(eb))
	em := []byte(es)
	em = append(em, 'a')
	fmt.Println("empty-app", len(em), cap(em))
	// print slice itself
	pb := []byte(s)
	fmt.Println("printed", pb, len(pb), cap(pb))
	// long
	l := s + s + s + s + s + s + s + s
	lb := []byte(l)
	fmt.Println("long-ro", len(lb), cap(lb))
	lm := []byte(l)
	lm[0] = 1
	fmt.Println("long-mod", len(lm), cap(lm))
}
