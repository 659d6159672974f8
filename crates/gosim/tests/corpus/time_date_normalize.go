package main

import (
	"fmt"
	"time"
)

func main() {
	// time.Date normalizes fields that run over, as the documentation promises.
	fmt.Println(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, time.March, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, time.March, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 1, 1, 25, 61, 61, 1_000_000_001, time.UTC))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(2024, 1, 1, -1, -1, -1, 0, time.UTC))
	fmt.Println(time.Date(1900, time.February, 29, 12, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2000, time.February, 29, 12, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())

	// AddDate goes through the same normalization: January 31 plus a month is March.
	jan31 := time.Date(2023, time.January, 31, 8, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0))
	fmt.Println(jan31.AddDate(1, 1, 0))
	fmt.Println(jan31.AddDate(0, 0, -31))
	fmt.Println(jan31.AddDate(-2023, 0, 0).Year())

	// Days between two dates.
	a := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(b.Sub(a).Hours()/24), "days until Christmas")
}
