// gosim: refused 11:22: not supported here: strings.Title
package main

import (
	"fmt"
	"strings"
)

// strings.Title is deprecated and not in the engine's library: refused by name.
func main() {
	fmt.Println(strings.Title("hello world"))
}
