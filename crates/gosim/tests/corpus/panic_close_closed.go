package main

import "fmt"

type Stream struct {
	ch chan string
}

func (s *Stream) Finish() {
	fmt.Println("closing stream")
	close(s.ch)
}

func main() {
	s := &Stream{ch: make(chan string, 2)}
	s.ch <- "a"
	s.ch <- "b"
	s.Finish()
	for v := range s.ch {
		fmt.Println("drained", v)
	}
	v, ok := <-s.ch
	fmt.Printf("after close: %q %v\n", v, ok)
	s.Finish()
	fmt.Println("never printed")
}
