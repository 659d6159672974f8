// gosim: compile-error
// Every path through a function with results must end in a return (or panic).
package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
	for i := 0; i < 1; i++ {
		fmt.Println("checking zero")
	}
}

func main() {
	for _, n := range []int{-2, 0, 7} {
		fmt.Println(n, sign(n))
	}
}
