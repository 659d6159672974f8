package main

// A goroutine polls a flag that another sets only after sleeping. Go's clock runs
// while the poller spins, so the sleeper wakes and the loop ends.

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready atomic.Bool
	var message string
	go func() {
		time.Sleep(6 * time.Millisecond)
		message = "warmed up"
		ready.Store(true)
	}()
	spins := 0
	for !ready.Load() {
		spins++
	}
	fmt.Println(message, spins > 0)

	// Two sleepers, the shorter first; the poller waits for both.
	var finished atomic.Int32
	for _, ms := range []int{30, 2} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			fmt.Println("slept", ms)
			finished.Add(1)
		}()
	}
	for finished.Load() < 2 {
	}
	fmt.Println("both done")
}
