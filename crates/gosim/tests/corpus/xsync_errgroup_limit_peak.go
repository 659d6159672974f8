package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var mu sync.Mutex
	running, peak, sum := 0, 0, 0
	for i := 1; i <= 6; i++ {
		// Go blocks here while two tasks hold the two tokens.
		g.Go(func() error {
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			running--
			sum += i
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait())
	fmt.Println("sum:", sum, "peak:", peak)
}
