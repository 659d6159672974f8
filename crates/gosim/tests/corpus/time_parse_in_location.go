package main

import (
	"fmt"
	"time"
)

// ParseInLocation reads a clock in a given zone; In and Format show it elsewhere.
func main() {
	india := time.FixedZone("IST", 5*3600+1800)
	nyc := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-06-01 09:15", india)
	if err != nil {
		panic(err)
	}
	fmt.Println(t)
	fmt.Println(t.UTC())
	fmt.Println(t.In(nyc))
	fmt.Println(t.In(time.Local), t.In(time.Local).Location())
	fmt.Println(t.Location(), t.Hour(), t.Minute(), t.Day(), t.Weekday())
	fmt.Println(t.Format(time.RFC822Z), "|", t.Format(time.RFC3339), "|", t.Format(time.Kitchen))
	fmt.Println(t.In(nyc).Format("Mon Jan _2 15:04:05 MST 2006 Z07 -07:00:00 Z0700"))

	// An offset the location uses keeps the location's name.
	u, _ := time.ParseInLocation(time.RFC3339, "2024-06-01T09:15:00+05:30", india)
	fmt.Println(u, u.Location())
	v, _ := time.ParseInLocation(time.RFC3339, "2024-06-01T09:15:00-05:00", india)
	fmt.Println(v, v.Location() == india)

	// A zone with no name prints its offset.
	w := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", -3*3600))
	fmt.Println(w, w.Format("MST"), w.Location().String() == "")
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600))
	fmt.Println(time.FixedZone("X", 3600) == time.FixedZone("X", 3600))

	// Dates add in the zone's calendar.
	end := time.Date(2024, 1, 31, 23, 30, 0, 0, nyc)
	fmt.Println(end.AddDate(0, 1, 0), end.Add(time.Hour), end.UTC().YearDay(), end.YearDay())
	y, wk := end.ISOWeek()
	fmt.Println(y, wk, end.Equal(end.UTC()), end == end.UTC())
}
