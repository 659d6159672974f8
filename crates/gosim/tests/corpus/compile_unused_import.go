// gosim: compile-error
// An imported package that is never used is a compile error.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, w := range []string{"gopher", "level"} {
		fmt.Println(w, len(w))
	}
}
