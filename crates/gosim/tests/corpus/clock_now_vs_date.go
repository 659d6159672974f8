// gosim: refused 17:27: not supported here: time.Time.After of a time read from the wall clock (time.Now) and one that is not: Go's answer depends on the machine's date and time, the engine's clock is virtual
// Comparing a clock reading with a time built by time.Date is answered when the
// engine's reading is already the later (Go's clock is later still than 2009); a
// date after the engine's clock could be before or after the machine's.
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	fmt.Println(now.After(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), now.After(time.Time{}))
	fmt.Println(time.Time{}.Before(now), now.Equal(time.Unix(0, 0)))
	release := time.Date(2025, time.August, 12, 0, 0, 0, 0, time.UTC)
	fmt.Println("released:", now.After(release))
}
