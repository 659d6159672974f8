package main

import (
	"fmt"
	"strings"
	"time"
)

// Prints a month as `cal` does, weeks starting on Sunday.
func printMonth(year int, month time.Month) {
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	title := first.Format("January 2006")
	pad := (20 - len(title)) / 2
	fmt.Println(strings.Repeat(" ", pad) + title)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	fmt.Print(strings.Repeat("   ", int(first.Weekday())))
	for d := first; d.Month() == month; d = d.AddDate(0, 0, 1) {
		fmt.Printf("%2d", d.Day())
		if d.Weekday() == time.Saturday {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}

func main() {
	printMonth(2024, time.February)
	printMonth(2009, time.November)
	// Which weekday is the 13th of each month in 2026?
	for m := time.January; m <= time.December; m++ {
		d := time.Date(2026, m, 13, 0, 0, 0, 0, time.UTC)
		if d.Weekday() == time.Friday {
			fmt.Println("Friday the 13th:", d.Format("Jan 2006"))
		}
	}
	birthday := time.Date(1990, time.July, 15, 0, 0, 0, 0, time.UTC)
	today := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	age := today.Year() - birthday.Year()
	if today.YearDay() < birthday.YearDay() {
		age--
	}
	fmt.Println("age:", age, "days alive:", int(today.Sub(birthday).Hours()/24))
}
