// Exercise: a WaitGroup used for two rounds in a row, while a waiter from
// the first round may still be on its way out of Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)

	wg.Add(1) // round 1
	go func() {
		wg.Wait()
		fmt.Println("watcher: round 1 over")
		done <- true
	}()
	wg.Done()

	wg.Add(1) // round 2 starts at once
	wg.Done()
	<-done
}
