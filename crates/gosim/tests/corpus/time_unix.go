// gosim: refused 12:14: not supported here: time.Time.Unix of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	fmt.Println(now.Unix(), now.UnixMilli(), now.UnixMicro(), now.UnixNano())
	epoch := time.Unix(0, 0)
	fmt.Println(epoch.UTC(), epoch.Location())
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(time.Unix(1700000000, 1_500_000_000).UTC())
	fmt.Println(time.Unix(1700000000, -1).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC())
	fmt.Println(time.UnixMicro(1700000000123456).UTC().Format(time.RFC3339Nano))
	d := time.Date(2038, time.January, 19, 3, 14, 8, 0, time.UTC)
	fmt.Println(d.Unix(), d.Unix() > 1<<31-1)
	fmt.Println(time.Unix(d.Unix(), 0).Equal(d))
	fmt.Println(time.Since(now), time.Until(now.Add(time.Minute)))
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Since(now), time.Now().Unix()-now.Unix())
	fmt.Println(time.Now().Format(time.RFC3339Nano))
}
