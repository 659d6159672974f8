// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	t := time.AfterFunc(50*time.Millisecond, func() {
		done <- fmt.Sprint("fired after ", time.Since(start))
	})
	fmt.Println(t.C == nil)
	fmt.Println(<-done)
	fmt.Println("stop after firing:", t.Stop())

	// Stopped in time, f never runs.
	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop before firing:", t2.Stop(), t2.Stop())

	// Reset re-arms a stopped AfterFunc timer.
	fmt.Println("reset:", t2.Reset(10*time.Millisecond))
	time.AfterFunc(5*time.Millisecond, func() { done <- "second timer first" })
	fmt.Println(<-done)
	t2.Stop()
	t2 = time.AfterFunc(30*time.Millisecond, func() { done <- "third" })
	fmt.Println(<-done)
	fmt.Println("elapsed:", time.Since(start))
}
