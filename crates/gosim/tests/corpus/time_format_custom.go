// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.July, 4, 9, 5, 3, 40_000_000, time.UTC)
	custom := []string{
		"2006/01/02",
		"02.01.2006 15:04",
		"Jan 2, 2006 at 3:04pm (MST)",
		"Monday, January 2",
		"3:04:05 PM",
		"_2 Jan 06",
		"day 002 of 2006, __2",
		"15h04m05s.000",
		"2006-01-02T15:04:05.999Z07:00",
		"2006-01-02T15:04:05-07:00",
		"20060102150405",
		"Mon Month Janx", // words that only look like the reference
		"05,000 .9 .99999",
	}
	for _, layout := range custom {
		fmt.Printf("%-32q -> %q\n", layout, t.Format(layout))
	}
	buf := []byte("stamp: ")
	buf = t.AppendFormat(buf, time.Kitchen)
	fmt.Println(string(buf))
	midnight := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	noon := midnight.Add(12 * time.Hour)
	fmt.Println(midnight.Format(time.Kitchen), noon.Format(time.Kitchen), noon.Format("03:04 pm"))
}
