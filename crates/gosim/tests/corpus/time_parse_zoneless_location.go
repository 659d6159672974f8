package main

import (
	"fmt"
	"time"
)

// A Location{} a program makes has no zone: its times print as UTC, while
// FixedZone("", 0) is a zone with no name, printed as its offset.
func main() {
	z := &time.Location{}
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, z)
	fmt.Println(t, t.Location(), t.Location() == z)
	name, off := t.Zone()
	fmt.Printf("%q %d %q\n", name, off, z.String())
	fmt.Println(time.Date(2020, 1, 2, 3, 4, 5, 0, time.FixedZone("", 0)))
	fmt.Println(time.Unix(0, 0).In(z).Format(time.RFC1123))
}
