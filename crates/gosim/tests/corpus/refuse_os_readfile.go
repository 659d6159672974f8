// gosim: refused 12:15: not supported here: os.ReadFile
package main

import (
	"fmt"
	"os"
)

// A function of a package the engine has in part is refused by name; the program
// itself is right (Go reports the missing file as an error value).
func main() {
	_, err := os.ReadFile("/nonexistent/gosim-corpus")
	fmt.Println(err != nil)
}
