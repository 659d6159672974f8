package main

import "fmt"

// The undo benchmark's worst case: two goroutines that only compute, so nearly every
// step is a whole time slice (the engine preempts a goroutine after a fixed number of
// instructions) and going back re-runs the most instructions a replay can need.
func spin(n int, out chan<- int) {
	x := 0
	for i := 0; i < n; i++ {
		x = (x*31 + i) % 1000003
	}
	out <- x
}

func main() {
	out := make(chan int)
	go spin(6000000, out)
	go spin(6000000, out)
	a, b := <-out, <-out
	fmt.Println(a == b, a)
}
