package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1) // a lock made of a buffered channel
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			total += i
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
