package main

import (
	"errors"
	"fmt"
	"time"
)

// Every kind of ParseError message, word for word, and the fields behind it.
func main() {
	cases := []struct{ layout, value string }{
		{"2006-01-02", "x"},
		{"2006-01-02", "2024/01/02"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "2024-00-10"},
		{"2006-01-02", "2024-01-32"},
		{"2006-01-02", "2024-01-02 and more"},
		{"15:04", "25:00"},
		{"15:04", "10:61"},
		{"15:04:05", "10:00:60"},
		{"3:04PM", "13:00PM"},
		{"3:04PM", "1:00XM"},
		{"15:04:05.000", "12:00:00.12"},
		{"Jan 2", "Foo 2"},
		{"Mon Jan 2", "Xyz Jan 2"},
		{"2006-002", "2023-366"},
		{"2006-002 Jan", "2024-040 Mar"},
		{"2006-002 2", "2024-040 3"},
		{"-07:00", "+30:00"},
		{"-0700", "+0061"},
		{"Z07:00", "0500"},
		{"MST", "ab"},
		{time.RFC3339, "2024-03-15T10:30:00"},
		{time.RFC3339, "2024-03-15 10:30:00Z"},
		{"2006-01-02", "2024-01-02\x00é"},
		{"", "x"},
	}
	for _, c := range cases {
		_, err := time.Parse(c.layout, c.value)
		fmt.Println(err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  layout elem %q, value elem %q, message %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
