package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 18, 30, 15, 250_000_000, time.UTC)
	fmt.Println(t)
	year, month, day := t.Date()
	fmt.Println(year, month, day)
	hour, min, sec := t.Clock()
	fmt.Println(hour, min, sec)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay(), int(t.Month()), int(t.Weekday()))
	fmt.Printf("%v %d %s %q\n", t.Month(), t.Month(), t.Weekday(), t.Month())
	for m := time.January; m <= time.December; m++ {
		first := time.Date(2025, m, 1, 0, 0, 0, 0, time.UTC)
		last := first.AddDate(0, 1, -1)
		fmt.Printf("%-9v starts on %-9v and has %d days\n", m, first.Weekday(), last.Day())
	}
	fmt.Println(time.Month(0), time.Month(13), time.Weekday(7), time.Weekday(-1))
	for _, d := range []time.Time{t, time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format(time.DateOnly), d.Weekday(), "ISO week", y, w)
	}
	var zero time.Time
	fmt.Println(zero.Year(), zero.Month(), zero.Day(), zero.Weekday(), zero.IsZero())
}
