// gosim: refused 13:14: not supported here: time.Time.Sub (in time.Since) of a time read from the wall clock (time.Now) and one that is not: Go's answer depends on the machine's date and time, the engine's clock is virtual
// time.Since of a date not read from the clock is the machine's date minus it.
package main

import (
	"fmt"
	"time"
)

func main() {
	epoch := time.Unix(1e9, 0)
	fmt.Println(epoch.UTC())
	fmt.Println(time.Since(epoch) > 0)
}
