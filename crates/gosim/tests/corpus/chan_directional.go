package main

import (
	"fmt"
	"strings"
)

// producer can only send; consumer can only receive.
func producer(words []string, out chan<- string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func upper(in <-chan string, out chan<- string) {
	for w := range in {
		out <- strings.ToUpper(w)
	}
	close(out)
}

func consumer(in <-chan string, done chan<- []string) {
	var got []string
	for w := range in {
		got = append(got, w)
	}
	done <- got
}

func main() {
	raw := make(chan string)
	loud := make(chan string, 2)
	done := make(chan []string)

	go producer(strings.Fields("send only receive only"), raw)
	go upper(raw, loud)
	go consumer(loud, done)
	got := <-done
	fmt.Println(len(got), strings.Join(got, "-"))

	var sendOnly chan<- int
	var recvOnly <-chan int
	bidi := make(chan int, 1)
	sendOnly = bidi
	recvOnly = bidi
	sendOnly <- 99
	fmt.Println(<-recvOnly, len(bidi))
	fmt.Printf("%T %T %T\n", sendOnly, recvOnly, bidi)
}
