// gosim: refused 13:12: not supported here: time.Date
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

// A valid program that builds a calendar date: the engine's time package has no
// Date yet, so it must say so, not claim time.Date is undefined.
func main() {
	t := time.Date(2024, time.March, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day())
}
