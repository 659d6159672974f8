// gosim: compile-error
// An imported package that is never used is a compile error.
package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, w := range []string{"gopher", "level"} {
		fmt.Println(w, reverse(w))
	}
}
