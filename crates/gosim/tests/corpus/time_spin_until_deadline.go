// A goroutine that spins on the clock, with nothing asleep, sees time pass: each loop ends.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	// Busy-waiting for two milliseconds, by Since and by Before.
	start := time.Now()
	spins := 0
	for time.Since(start) < 2*time.Millisecond {
		spins++
	}
	fmt.Println("waited two milliseconds:", spins > 0, time.Since(start) >= 2*time.Millisecond)

	deadline := time.Now().Add(3 * time.Millisecond)
	for time.Now().Before(deadline) {
	}
	fmt.Println("past the deadline:", !time.Now().Before(deadline))

	// Spinning on a flag a sleeper sets, with a bound that never comes.
	var ready atomic.Bool
	go func() {
		time.Sleep(time.Millisecond)
		ready.Store(true)
	}()
	begun := time.Now()
	for !ready.Load() {
		if time.Since(begun) > 5*time.Second {
			fmt.Println("gave up")
			return
		}
	}
	fmt.Println("the sleeper woke:", time.Since(begun) >= time.Millisecond)

	// A bounded loop of a few reads sees the clock stand still or move forward.
	last := time.Now()
	backwards := false
	for i := 0; i < 3000; i++ {
		now := time.Now()
		if now.Before(last) {
			backwards = true
		}
		last = now
	}
	fmt.Println("clock went backwards:", backwards)
}
