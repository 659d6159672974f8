package main

import "fmt"

var saved func(int) bool

// keep holds on to yield past the loop: calling it later is an error.
func keep(yield func(int) bool) {
	saved = yield
	for i := 10; i < 13; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	total := 0
	for x := range keep {
		total += x
		fmt.Println("got", x)
	}
	fmt.Println("total", total)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	saved(99)
	fmt.Println("not reached")
}
