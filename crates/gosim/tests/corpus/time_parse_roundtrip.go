package main

import (
	"fmt"
	"time"
)

// Formatting a time by each standard layout and parsing it back.
func main() {
	t := time.Date(2019, time.October, 7, 16, 5, 9, 123456789, time.FixedZone("CET", 3600))
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339,
		time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMicro, time.DateTime,
		time.DateOnly, time.TimeOnly,
	}
	for _, l := range layouts {
		s := t.Format(l)
		back, err := time.Parse(l, s)
		if err != nil {
			fmt.Println(s, "error:", err)
			continue
		}
		fmt.Printf("%-38s %v same instant %v\n", s, back, back.Equal(t))
	}
}
