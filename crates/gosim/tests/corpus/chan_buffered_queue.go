package main

import "fmt"

func main() {
	q := make(chan string, 3)
	fmt.Println("len", len(q), "cap", cap(q))
	q <- "first"
	q <- "second"
	fmt.Println("len", len(q), "cap", cap(q))
	q <- "third"
	fmt.Println("full:", len(q) == cap(q))

	fmt.Println(<-q)
	q <- "fourth"
	for len(q) > 0 {
		fmt.Println("dequeued", <-q, "remaining", len(q))
	}

	// A buffered channel used as a bounded FIFO between two goroutines.
	nums := make(chan int, 5)
	done := make(chan []int)
	go func() {
		var got []int
		for n := range nums {
			got = append(got, n)
		}
		done <- got
	}()
	for i := 1; i <= 12; i++ {
		nums <- i * 11
	}
	close(nums)
	fmt.Println(<-done)

	var unbuffered chan int = make(chan int)
	fmt.Println("unbuffered:", len(unbuffered), cap(unbuffered))
	var nilCh chan int
	fmt.Println("nil channel:", len(nilCh), cap(nilCh), nilCh == nil)
}
