package main

import (
	"fmt"
	"sort"
	"time"
)

type event struct {
	name string
	at   time.Time
}

func main() {
	base := time.Date(2024, time.March, 10, 9, 0, 0, 0, time.UTC)
	events := []event{
		{"lunch", base.Add(3 * time.Hour)},
		{"standup", base.Add(30 * time.Minute)},
		{"coffee", base},
		{"review", base.AddDate(0, 0, 1)},
		{"retro", base.Add(-24 * time.Hour)},
	}
	sort.Slice(events, func(i, j int) bool { return events[i].at.Before(events[j].at) })
	for _, e := range events {
		fmt.Printf("%-8s %s %v\n", e.name, e.at.Format("Mon 15:04"), e.at.Sub(base))
	}
	a, b := events[0].at, events[1].at
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.Before(b), a.After(b), a.Equal(b), a.Equal(a.UTC()))
	deadline := base.Add(2 * time.Hour)
	for _, e := range events {
		if e.at.After(deadline) {
			fmt.Println(e.name, "is after the deadline by", e.at.Sub(deadline))
		}
	}
}
