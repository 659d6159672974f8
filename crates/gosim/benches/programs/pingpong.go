package main

import "fmt"

// 100,000 messages bounced between two goroutines over unbuffered channels: every
// message is a blocking send, a blocking receive and a switch of goroutine.
func main() {
	const messages = 100000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < messages/2; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
