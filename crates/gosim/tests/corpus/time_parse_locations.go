package main

import (
	"fmt"
	"time"
)

// UTC, Local and LoadLocation's names that need no zone database.
func main() {
	fmt.Println(time.UTC, time.Local)
	for _, name := range []string{"", "UTC", "Local", "../etc/zone", "/abs"} {
		loc, err := time.LoadLocation(name)
		fmt.Printf("%q: %v %v\n", name, loc, err)
	}
	t := time.Date(2021, 8, 9, 10, 11, 12, 13, time.UTC)
	for _, loc := range []*time.Location{time.UTC, time.Local, time.FixedZone("UTC+2", 7200)} {
		in := t.In(loc)
		name, off := in.Zone()
		fmt.Println(in, "|", in.Location(), name, off, in.Equal(t))
	}
	var zero time.Time
	fmt.Println(zero, zero.Location(), zero.IsZero())
	fmt.Println(zero.Zone())
	u := time.Unix(1700000000, 0)
	fmt.Println(u, u.Location(), u.UTC().Location())
	fmt.Println(u.Local() == u, u.UTC() == u, u.UTC().Local() == u)
}
