package main

import "fmt"

// player receives the ball count, prints it and hands it to the other side.
func player(name string, in <-chan int, out chan<- int, done chan<- string, last int) {
	for n := range in {
		fmt.Printf("%-5s %d\n", name, n)
		if n == last {
			done <- name
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done, 9)
	go player("pong", pong, ping, done, 9)

	ping <- 0
	fmt.Println("rally ended by", <-done)

	// A second rally on fresh channels, starting on the other side.
	a, b := make(chan int), make(chan int)
	go player("left", a, b, done, 3)
	go player("right", b, a, done, 3)
	b <- 1
	fmt.Println("rally ended by", <-done)
}
