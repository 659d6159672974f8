// gosim: refused 15:26: not supported here: time.Time.Format of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// A time read from the wall clock shows the machine's date when printed, which the
// engine's virtual clock (the playground's 2009-11-10 23:00:00 UTC) cannot give.
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	later := now.Add(90 * time.Minute).UTC()
	fmt.Println("elapsed", later.Sub(now))
	fmt.Println("today is", later.Format("2006-01-02"))
}
