package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 50ms:", elapsed >= 50*time.Millisecond)
	fmt.Println("but less than 5s:", elapsed < 5*time.Second)

	// Goroutines sleeping in parallel take about as long as the longest one.
	start = time.Now()
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 40 * time.Millisecond)
		}()
	}
	wg.Wait()
	took := time.Since(start)
	fmt.Println("parallel sleeps took at least 200ms:", took >= 200*time.Millisecond)
	fmt.Println("and far less than their 600ms sum:", took < 550*time.Millisecond)

	// Sleeping goroutines wake in deadline order.
	order := make(chan int, 3)
	for _, ms := range []int{90, 10, 50} {
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order <- ms
		}()
	}
	fmt.Println("woke:", <-order, <-order, <-order)
}
