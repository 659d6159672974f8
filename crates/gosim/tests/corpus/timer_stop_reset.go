package main

import (
	"fmt"
	"time"
)

func main() {
	// Stopping a timer before it fires.
	t := time.NewTimer(500 * time.Millisecond)
	fmt.Println("stop before firing:", t.Stop())
	fmt.Println("second stop:", t.Stop())

	// A timer that fires.
	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired; stop after firing:", t2.Stop())

	// Reset re-arms a stopped timer.
	t.Reset(20 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("t fired after reset")
	case <-time.After(time.Second):
		fmt.Println("reset did not work")
	}

	// Reset an active timer to a later deadline: a debounce.
	debounce := time.NewTimer(40 * time.Millisecond)
	events := 0
	for i := 0; i < 3; i++ {
		time.Sleep(5 * time.Millisecond)
		events++
		debounce.Reset(40 * time.Millisecond)
	}
	start := time.Now()
	<-debounce.C
	fmt.Println("debounced", events, "events; waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	// A stopped timer's channel never delivers.
	t3 := time.NewTimer(30 * time.Millisecond)
	t3.Stop()
	select {
	case <-t3.C:
		fmt.Println("stopped timer fired?!")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}
}
