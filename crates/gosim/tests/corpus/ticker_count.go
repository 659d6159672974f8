package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	stop := time.After(1000 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			fmt.Println("tick", ticks)
			if ticks == 5 {
				ticker.Stop()
				break loop
			}
		case <-stop:
			fmt.Println("stopped by timeout (too slow)")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	// After Stop no more ticks arrive.
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	// time.Tick in a range loop.
	n := 0
	for range time.Tick(10 * time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("time.Tick delivered", n, "ticks")
	fmt.Println("interval was", 20*time.Millisecond)
}
