package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1) // a lock made of a buffered channel
	total := 0
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			sem <- struct{}{}
			total += i
			<-sem
		})
	}
	wg.Wait()
	fmt.Println(total)
}
