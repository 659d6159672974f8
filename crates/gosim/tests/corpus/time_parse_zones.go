package main

import (
	"fmt"
	"time"
)

// What zone a parsed time lands in: UTC for Z and "UTC", Local for an offset that
// matches Local's, a fixed zone for any other offset or abbreviation.
func main() {
	cases := []struct{ layout, value string }{
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
		fmt.Printf("%v\n  location %q, zone %q %d, unix %d, in UTC %v\n",
			t, t.Location().String(), name, offset, t.Unix(), t.UTC())
	}
}
