// gosim: compile-error
// The same package imported twice under its own name.
package main

import (
	"fmt"
	"strings"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("twice"))
}
