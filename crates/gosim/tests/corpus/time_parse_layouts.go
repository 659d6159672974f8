package main

import (
	"errors"
	"fmt"
	"time"
)

// Layouts people use, each with values to parse: the time, weekday, day of the year and
// zone (UTC, Local or a fixed zone), or each kind of ParseError, word for word.
func main() {
	cases := []struct {
		layout string
		values []string
	}{
		{time.DateOnly, []string{"2024-02-29"}},
		{time.DateTime, []string{"2023-07-04 18:30:05"}},
		{time.RFC3339, []string{
			"2024-03-15T10:30:00Z", "2024-03-15T10:30:00+00:00", "2024-03-15T10:30:00+05:30",
			"2024-03-15T10:30:00-08:00", "2024-03-15T10:30:00", "2024-03-15 10:30:00Z",
		}},
		{time.RFC3339Nano, []string{"2024-03-15T10:30:00.123456789Z"}},
		{time.Kitchen, []string{"3:04PM", "12:15AM"}},
		{time.ANSIC, []string{"Mon Jan  2 15:04:05 2006"}},
		{time.UnixDate, []string{"Sat Mar  7 11:06:39 UTC 2015"}},
		{time.RFC822, []string{"02 Jan 06 15:04 UTC"}},
		{time.RFC850, []string{"Monday, 02-Jan-06 15:04:05 UTC"}},
		{time.Stamp, []string{"Dec 25 08:00:00"}},
		{time.StampMilli, []string{"Dec 25 08:00:00.250"}},
		{"02/01/2006", []string{"31/12/1999"}},
		{"January 2, 2006", []string{"march 5, 2021"}},
		{"Jan _2 2006", []string{"Feb  9 2020"}},
		{"06-1-2", []string{"69-7-20", "68-7-20"}},
		{"2006-002", []string{"2024-060", "2023-366"}},
		{"2006-__2", []string{"2023- 45"}},
		{"15:04:05", []string{"23:59:59.987", "10:00:60"}},
		{"15:04:05,000", []string{"07:08:09,010"}},
		{"2006-01-02 3:04:05 pm", []string{"2022-11-30 12:00:00 am"}},
		{time.RFC1123, []string{
			"Mon, 02 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 UTC",
			"Mon, 02 Jan 2006 15:04:05 GMT+3", "Mon, 02 Jan 2006 15:04:05 CEST",
		}},
		{time.RFC1123Z, []string{"Mon, 02 Jan 2006 15:04:05 -0700"}},
		{"2006-01-02 15:04 -07", []string{"2020-05-05 12:00 +09"}},
		{"2006-01-02 15:04:05 -07:00:00", []string{"2020-05-05 12:00:00 -03:30:15"}},
		{"2006-01-02 15:04 -0700 MST", []string{"2020-05-05 12:00 +0100 CET", "2020-05-05 12:00 +0000 UTC"}},
		{"Jan 2, 2006 at 3:04pm (MST)", []string{"Feb 3, 2013 at 7:54pm (PST)"}},
		{"2006-01-02", []string{"x", "2024/01/02", "2023-02-29", "2024-13-01", "2024-00-10",
			"2024-01-32", "2024-01-02 and more", "2024-01-02\x00é"}},
		{"15:04", []string{"25:00", "10:61"}},
		{"3:04PM", []string{"13:00PM", "1:00XM"}},
		{"15:04:05.000", []string{"12:00:00.12"}},
		{"Jan 2", []string{"Foo 2"}},
		{"Mon Jan 2", []string{"Xyz Jan 2"}},
		{"2006-002 Jan", []string{"2024-040 Mar"}},
		{"2006-002 2", []string{"2024-040 3"}},
		{"-07:00", []string{"+30:00"}},
		{"-0700", []string{"+0061"}},
		{"Z07:00", []string{"0500"}},
		{"MST", []string{"ab"}},
		{"", []string{"x"}},
	}
	for _, c := range cases {
		for _, value := range c.values {
			t, err := time.Parse(c.layout, value)
			if err != nil {
				fmt.Println(err)
				var pe *time.ParseError
				if errors.As(err, &pe) {
					fmt.Printf("  layout elem %q, value elem %q, message %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
				}
				continue
			}
			name, offset := t.Zone()
			fmt.Printf("%-32q -> %v (%s, day %d)\n  location %q, zone %q %d, unix %d, in UTC %v\n",
				value, t, t.Weekday(), t.YearDay(), t.Location().String(), name, offset, t.Unix(), t.UTC())
		}
	}
}
