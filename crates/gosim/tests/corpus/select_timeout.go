package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration, value string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- value
	}()
	return ch
}

func fetchWithTimeout(delay, timeout time.Duration) string {
	select {
	case v := <-fetch(delay, "data after "+delay.String()):
		return v
	case <-time.After(timeout):
		return "timed out after " + timeout.String()
	}
}

func main() {
	fmt.Println(fetchWithTimeout(5*time.Millisecond, 500*time.Millisecond))
	fmt.Println(fetchWithTimeout(800*time.Millisecond, 20*time.Millisecond))

	// A deadline for a whole loop of work.
	deadline := time.After(300 * time.Millisecond)
	results := fetch(time.Millisecond, "quick")
	got := 0
	for got < 2 {
		select {
		case v := <-results:
			fmt.Println("got", v)
			got++
			results = fetch(2*time.Second, "slow")
		case <-deadline:
			fmt.Println("deadline hit after", got, "result(s)")
			got = 2
		}
	}
}
