package main

import (
	"fmt"
	"time"
)

func main() {
	// `go task(1)` runs a wrapper goroutine that calls task: the nil func panics
	// there, and the program dies of that goroutine's panic.
	var task func(int)
	fmt.Println("starting")
	go task(1)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
