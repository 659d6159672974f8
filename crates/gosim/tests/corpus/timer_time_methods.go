// gosim: refused 12:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	later := start.Add(25*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond)
	fmt.Println(later)
	fmt.Println(later.Sub(start), start.Sub(later))
	fmt.Println(later.After(start), later.Before(start), start.Equal(start.Add(0)))
	fmt.Println(start.Unix(), later.UnixMilli()-start.UnixMilli())
	tick := <-time.After(1500 * time.Millisecond)
	fmt.Println(tick)
	fmt.Println(time.Until(later))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), start.IsZero())
	fmt.Println(start.Add(-time.Hour))
}
