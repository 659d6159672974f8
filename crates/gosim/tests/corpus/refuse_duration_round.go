// gosim: refused 12:16: not supported here: time.Duration.Round
package main

import (
	"fmt"
	"time"
)

// A method of a library type the engine lacks is refused by its full name.
func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d.Round(time.Second))
}
