package main

import (
	"fmt"
	"time"
)

// A ticker keeps the phase it was started with: its fifth tick is due at 250ms,
// the same instant as a 250ms timer armed after it, and it comes first.
func main() {
	ticker := time.NewTicker(50 * time.Millisecond)
	defer ticker.Stop()

	// Some work between the two, so that in Go the timer is armed clearly later.
	sum := 0
	for i := 0; i < 1_000_000; i++ {
		sum += i % 7
	}
	fmt.Println("sum:", sum)

	timer := time.NewTimer(250 * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-timer.C:
			fmt.Println("timer after", ticks, "ticks")
			return
		}
	}
}
