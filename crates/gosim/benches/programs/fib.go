package main

import "fmt"

// Naive recursion: about 630,000 calls, almost all of the time in call and return.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(27))
}
