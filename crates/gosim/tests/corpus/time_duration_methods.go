package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d)
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%.2f hours\n", d.Hours())
	for _, m := range []time.Duration{time.Hour, time.Minute, time.Second, 100 * time.Millisecond, 0, -1} {
		fmt.Printf("round %v: %v, truncate: %v\n", m, d.Round(m), d.Truncate(m))
	}
	neg := -d
	fmt.Println(neg, neg.Abs(), neg.Round(time.Minute), neg.Truncate(time.Minute))
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour))
	fmt.Println(time.Duration(-1 << 63).Abs())
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Round(time.Second))
	fmt.Println((90 * time.Second).Minutes(), time.Duration(1).Seconds())
	var total time.Duration
	laps := []time.Duration{62 * time.Second, 58 * time.Second, 65500 * time.Millisecond}
	for _, l := range laps {
		total += l
	}
	fmt.Println("total", total, "average", total/time.Duration(len(laps)), "in minutes", total.Minutes())
}
