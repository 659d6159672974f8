package main

import (
	"fmt"
	"time"
)

var stop bool

func main() {
	go func() {
		time.Sleep(time.Millisecond)
		stop = true
	}()
	n := 0
	for !stop {
		n++
		time.Sleep(time.Millisecond)
	}
	fmt.Println(n > 0)
}
