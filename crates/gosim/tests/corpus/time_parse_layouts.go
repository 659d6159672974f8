package main

import (
	"fmt"
	"time"
)

// Parsing the layouts people reach for, and printing what came back: the time, its
// weekday and day of the year, and the zone it lands in (UTC for Z and "UTC", Local
// for an offset that matches Local's, a fixed zone for any other offset or
// abbreviation).
func main() {
	cases := []struct{ layout, value string }{
		{time.DateOnly, "2024-02-29"},
		{time.DateTime, "2023-07-04 18:30:05"},
		{time.RFC3339, "2024-03-15T10:30:00Z"},
		{time.RFC3339Nano, "2024-03-15T10:30:00.123456789Z"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:15AM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.UnixDate, "Sat Mar  7 11:06:39 UTC 2015"},
		{time.RFC822, "02 Jan 06 15:04 UTC"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 UTC"},
		{time.Stamp, "Dec 25 08:00:00"},
		{time.StampMilli, "Dec 25 08:00:00.250"},
		{"02/01/2006", "31/12/1999"},
		{"January 2, 2006", "march 5, 2021"},
		{"Jan _2 2006", "Feb  9 2020"},
		{"06-1-2", "69-7-20"},
		{"06-1-2", "68-7-20"},
		{"2006-002", "2024-060"},
		{"2006-__2", "2023- 45"},
		{"15:04:05", "23:59:59.987"},
		{"15:04:05,000", "07:08:09,010"},
		{"2006-01-02 3:04:05 pm", "2022-11-30 12:00:00 am"},
		{time.RFC3339, "2024-03-15T10:30:00Z"},
		{time.RFC3339, "2024-03-15T10:30:00+00:00"},
		{time.RFC3339, "2024-03-15T10:30:00+05:30"},
		{time.RFC3339, "2024-03-15T10:30:00-08:00"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 CEST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{"2006-01-02 15:04 -07", "2020-05-05 12:00 +09"},
		{"2006-01-02 15:04:05 -07:00:00", "2020-05-05 12:00:00 -03:30:15"},
		{"2006-01-02 15:04 -0700 MST", "2020-05-05 12:00 +0100 CET"},
		{"2006-01-02 15:04 -0700 MST", "2020-05-05 12:00 +0000 UTC"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, offset := t.Zone()
		fmt.Printf("%-32q -> %v (%s, day %d)\n  location %q, zone %q %d, unix %d, in UTC %v\n",
			c.value, t, t.Weekday(), t.YearDay(), t.Location().String(), name, offset, t.Unix(), t.UTC())
	}
}
