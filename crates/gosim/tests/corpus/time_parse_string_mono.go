// gosim: refused 13:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

// Time.String with the monotonic reading, and in other zones (which drop it).
func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(1500 * time.Millisecond)
	later := time.Now()
	fmt.Println(later)
	fmt.Println(later.Sub(start))
	fmt.Println(later.Round(0))
	fmt.Println(later.In(time.FixedZone("JST", 9*3600)))
	fmt.Println(later.In(time.FixedZone("", -(3*3600 + 1800))))
	fmt.Println(later.UTC(), later.Location(), later.UTC().Location())
	fmt.Println(later.Add(time.Hour))
	fmt.Println(later.Truncate(time.Hour))
	d := later.Add(-48 * time.Hour)
	fmt.Println(d, d.Before(start))
	name, off := later.Zone()
	fmt.Println(name, off)
}
