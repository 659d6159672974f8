// gosim: refused 20:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 5, 17, 14, 37, 29, 600_000_000, time.UTC)
	for _, d := range []time.Duration{
		time.Nanosecond, time.Millisecond, time.Second, time.Minute,
		15 * time.Minute, time.Hour, 24 * time.Hour, 7 * time.Minute, 0, -time.Second,
	} {
		fmt.Printf("%-8v trunc %s  round %s\n", d, t.Truncate(d).Format(time.StampMilli), t.Round(d).Format(time.StampMilli))
	}
	// Round(0) strips the monotonic reading; so do UTC and Local.
	now := time.Now()
	fmt.Println(now)
	fmt.Println(now.Round(0))
	fmt.Println(now.UTC(), now.UTC().Location(), now.Location(), now.Local().Location())
	fmt.Println(now.Truncate(time.Hour))
	fmt.Println(now.Add(30 * time.Minute).Round(time.Hour))
	// Equal compares instants; == also compares locations and monotonic readings.
	u := now.UTC()
	fmt.Println(u.Equal(now), u == now, now.Round(0) == now.Local())
	name, off := now.Zone()
	fmt.Println(name, off, time.UTC, time.Local)
}
