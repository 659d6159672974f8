package main

// A consumer polls a channel without blocking and yields with runtime.Gosched
// between polls, while the producer sleeps before each item: the sleeps end even
// though the consumer never blocks, because Go's clock keeps running.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	items := make(chan string, 1)
	go func() {
		for _, name := range []string{"tea", "toast", "jam"} {
			time.Sleep(3 * time.Millisecond)
			items <- name
		}
		close(items)
	}()
	polls := 0
	for {
		select {
		case name, ok := <-items:
			if !ok {
				fmt.Println("closed; polled in between:", polls > 0)
				return
			}
			fmt.Println("got", name)
		default:
			polls++
			runtime.Gosched()
		}
	}
}
