package main

import (
	"fmt"
	"sync"
)

// numbers sends 0, 1, 2, ... until done is closed, then reports how many it sent.
func numbers(done <-chan struct{}, report chan<- int) <-chan int {
	out := make(chan int)
	go func() {
		sent := 0
		defer func() { report <- sent }()
		for i := 0; ; i++ {
			select {
			case out <- i:
				sent++
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	report := make(chan int)
	nums := numbers(done, report)
	for i := 0; i < 5; i++ {
		fmt.Println("got", <-nums)
	}
	close(done)
	fmt.Println("producer stopped after sending", <-report)

	// One close wakes every waiting goroutine.
	quit := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for range 5 {
		wg.Go(func() {
			<-quit
			mu.Lock()
			stopped++
			mu.Unlock()
		})
	}
	close(quit)
	wg.Wait()
	fmt.Println("workers stopped:", stopped)
}
