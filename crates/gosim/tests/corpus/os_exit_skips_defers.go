package main

import (
	"fmt"
	"os"
)

// os.Exit ends the program at once: the deferred Println never runs, and the
// status is the one given.
func main() {
	defer fmt.Println("deferred: never printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's defer: never printed")
		fmt.Println("worker exiting the process")
		os.Exit(3)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
