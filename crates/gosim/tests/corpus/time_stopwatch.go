// gosim: refused 19:24: not supported here: time.Time.Format of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"sync"
	"time"
)

type lap struct {
	name    string
	started time.Time
	took    time.Duration
}

func main() {
	start := time.Now()
	fmt.Println("start:", start.Format(time.TimeOnly), start.Format(time.StampMilli))
	var mu sync.Mutex
	var laps []lap
	var wg sync.WaitGroup
	for i, name := range []string{"fetch", "parse", "store"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t0 := time.Now()
			time.Sleep(time.Duration(i+1) * 333 * time.Millisecond)
			mu.Lock()
			laps = append(laps, lap{name, t0, time.Since(t0)})
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, l := range laps {
		fmt.Printf("%-6s began %s took %v (%.1fs)\n", l.name, l.started.Format("15:04:05.000"), l.took.Round(time.Millisecond), l.took.Seconds())
	}
	total := time.Since(start)
	fmt.Println("total:", total.Truncate(time.Millisecond), "ends at", start.Add(total).Format(time.RFC3339Nano))
	deadline := start.Add(time.Second)
	fmt.Println("before deadline:", time.Now().Before(deadline), "late by", time.Since(deadline).Round(time.Millisecond))
	fmt.Println(time.Now().Round(time.Second).Format(time.Kitchen), time.Now().Truncate(time.Minute))
}
