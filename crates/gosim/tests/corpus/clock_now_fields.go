// gosim: refused 13:14: not supported here: time.Time.Year of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// A clock reading's fields (Year, Month, Hour, Unix, ...) show the machine's date.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now().Truncate(time.Hour)
	fmt.Println(t.IsZero(), t.Location())
	fmt.Println(t.Year() >= 2009)
}
