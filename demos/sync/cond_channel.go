// The starting gate with a channel: closing it releases every receiver, now
// and later.
package main

import (
	"fmt"
	"sync"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup

	for i := 1; i <= 2; i++ {
		wg.Go(func() {
			<-gate
			fmt.Println("runner", i, "starts")
		})
	}

	close(gate)
	wg.Wait()
}
