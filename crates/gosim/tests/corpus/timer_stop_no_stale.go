package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond) // the timer has expired, its value unreceived
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	// Since Go 1.23, Stop reports the value was never received and discards it.
	fmt.Println("stop:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value!")
	default:
		fmt.Println("no stale value")
	}

	// Reset on an expired, unreceived timer: the old value is gone too.
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset:", t2.Reset(50*time.Millisecond))
	start := time.Now()
	<-t2.C
	fmt.Println("waited the new duration:", time.Since(start) >= 40*time.Millisecond)

	// A ticker's Reset changes the period.
	tk := time.NewTicker(time.Hour)
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("two ticks after reset")
	var zero time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	zero.Stop()
}
