// gosim: refused 12:17: not supported here: time.Time.MarshalText
package main

import (
	"fmt"
	"time"
)

// A method of a library type the engine lacks is refused by its full name.
func main() {
	t := time.Date(2024, time.December, 30, 0, 0, 0, 0, time.UTC)
	text, err := t.MarshalText()
	fmt.Println(string(text), err)
}
