package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// close readies the waiting receivers last first, as Go's closechan pops them off
// a list: the first receiver to block is readied last, takes runnext and runs
// first, then the rest from the last to block back. (One P, so that no idle P
// steals a readied goroutine and races the others.)
func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan struct{})
	other := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 3 {
				// Waits in two cases on ch (which one Go's select queues first is
				// random): woken once.
				select {
				case <-ch:
					fmt.Println("receiver 3 in a select")
				case <-ch:
					fmt.Println("receiver 3 in a select")
				case <-other:
				}
				return
			}
			_, ok := <-ch
			fmt.Println("receiver", i, ok)
		}()
		time.Sleep(time.Millisecond)
	}
	close(ch)
	fmt.Println("closed")
	wg.Wait()

	// Two goroutines started together block in the order they first run: the one
	// started last runs first (runnext).
	done := make(chan struct{})
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
			fmt.Println("woken", name)
		}()
	}
	time.Sleep(time.Millisecond)
	close(done)
	wg.Wait()
}
