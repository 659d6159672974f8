package main

import (
	"fmt"
	"runtime"
	"time"
)

// A ticker and a sleep armed at the same instant: the ticker's fifth tick and the
// end of the 250ms sleep are due together. Go's runtime runs both timers in one
// pass, and the tick's wake-up takes runnext from the sleeper's, so the worker
// sees its fifth tick before main closes the quit channel.
func main() {
	// One P, as on the playground: with more, an idle P can steal the goroutine
	// that was readied first and race the other.
	runtime.GOMAXPROCS(1)
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(50 * time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case <-quit:
				fmt.Println("worker stopped")
				return
			default:
			}
			select {
			case <-quit:
				fmt.Println("worker stopped")
				return
			case <-ticker.C:
				fmt.Println("tick")
			}
		}
	}()
	time.Sleep(250 * time.Millisecond)
	close(quit)
	<-done
}
