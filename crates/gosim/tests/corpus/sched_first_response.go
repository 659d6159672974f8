// gosim: schedule-dependent
// "First response wins": two replicas answer the same query and the caller
// takes whichever answer arrives first.
package main

import "fmt"

func query(replica string, work int, answers chan<- string) {
	n := 0
	for i := 0; i < work; i++ {
		n += i % 7
	}
	answers <- fmt.Sprintf("%s (checksum %d)", replica, n)
}

func main() {
	answers := make(chan string, 2)
	go query("east", 20000, answers)
	go query("west", 20000, answers)
	first := <-answers
	fmt.Println("first answer from", first)
	second := <-answers
	fmt.Println("both answered:", first != second)
}
