package main

import (
	"fmt"
	"time"
)

// Timers that fall due at the same instant on the simulated clock fire in the
// order they were armed: in Go the one armed later was armed after more wake-up
// latency, so it fires a little later.
func main() {
	results := make(chan string, 2)

	// Ten short sleeps in a row add up to the same 100ms as one long sleep.
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(10 * time.Millisecond)
		}
		results <- "ten short sleeps"
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		results <- "one long sleep"
	}()
	fmt.Println("first: ", <-results)
	fmt.Println("second:", <-results)
}
