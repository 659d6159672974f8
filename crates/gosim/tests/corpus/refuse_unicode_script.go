// gosim: refused 11:33: not supported here: unicode.Tamil
package main

import (
	"fmt"
	"unicode"
)

// A script table the engine's library leaves out is refused by name.
func main() {
	fmt.Println(unicode.Is(unicode.Tamil, 'த'))
}
