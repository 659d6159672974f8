// gosim: refused 13:19: not supported here: time.LoadLocation
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

// A valid program that asks for a named time zone: the engine has UTC only (as the
// Go playground's Local is UTC), so it must say so, not claim LoadLocation is undefined.
func main() {
	loc, err := time.LoadLocation("UTC")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := time.Date(2024, time.March, 1, 12, 0, 0, 0, loc)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Location())
}
