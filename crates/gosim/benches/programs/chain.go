package main

import "fmt"

const n = 10000

// Modelled on Go's goroutine-chain test (test/chan/goroutines.go): n goroutines, each parked
// on a receive until the one to its right sends; each adds one, so n+1 comes back through
// all of them.
func f(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go f(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
}
