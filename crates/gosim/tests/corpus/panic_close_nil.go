package main

import "fmt"

type Pipeline struct {
	in  chan int
	out chan int
}

func NewPipeline() *Pipeline {
	// Forgot to make the out channel.
	return &Pipeline{in: make(chan int)}
}

func (p *Pipeline) Shutdown() {
	fmt.Println("closing in")
	close(p.in)
	fmt.Println("closing out")
	close(p.out)
}

func main() {
	p := NewPipeline()
	fmt.Println(p.in != nil, p.out == nil)
	p.Shutdown()
	fmt.Println("never printed")
}
