// gosim: compile-error
// Forgetting to call a function literal: its value is a func, not its result.
package main

import "fmt"

func main() {
	var n int = func() int { return 42 }
	fmt.Println(n)
}
