// A clock reading may be taken to measure Durations on the virtual clock (Since,
// Sub, Until between readings, deadlines, timers' values), to compare with another
// reading, and against times before the engine's clock began; times from time.Date,
// time.Unix and time.Parse keep every method.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	deadline := start.Add(2 * time.Second)
	time.Sleep(1200 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 1200*time.Millisecond, elapsed < 2*time.Second, elapsed.Round(time.Second))
	fmt.Println(time.Now().Before(deadline), time.Until(deadline) > 0, time.Until(deadline) < time.Second)
	fmt.Println(start.After(time.Time{}), start.IsZero(), start.UTC().Sub(start), start.Location())
	tick := <-time.After(50 * time.Millisecond)
	fmt.Println(tick.Sub(start) >= 1250*time.Millisecond, tick.After(start))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	dl, ok := ctx.Deadline()
	fmt.Println(ctx.Err(), ok, dl.Before(time.Now().Add(time.Second)))
	d := time.Date(2024, time.February, 29, 12, 30, 0, 0, time.UTC)
	p, err := time.Parse(time.RFC3339, "2024-02-29T12:30:00Z")
	fmt.Println(d, d.Year(), d.YearDay(), d.Weekday(), d.Unix(), p.Equal(d), err)
	fmt.Println(d.AddDate(0, 1, 0).Format(time.DateOnly), d.Truncate(time.Hour).Format(time.Kitchen))
}
