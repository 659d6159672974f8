// Conversions of a non-constant string whose capacity Go's escape analysis decides in
// ways the engine does not follow (a helper's result, an argument): fine as long as
// nothing depends on the capacity; appends that fit in the length stay in place.
package main

import (
	"fmt"
	"strings"
)

func upper(s string) []byte {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return b
}

func count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

func main() {
	s := strings.Repeat("go", 3)
	u := upper(s)
	fmt.Println(string(u), len(u))
	fmt.Println(count([]byte(s), 'g'))
	head := u[:2]
	head = append(head, '-')
	fmt.Println(string(head), string(u))
	for i, r := range []rune(s + "é") {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	dst := make([]byte, 3)
	fmt.Println(copy(dst, []byte(s)), string(dst))
}
