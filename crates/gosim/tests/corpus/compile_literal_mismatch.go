// gosim: compile-error
// A slice literal where an int is wanted: the message shows the literal as Go abbreviates it.
package main

import "fmt"

func main() {
	var total int = []int{1, 2, 3}
	fmt.Println(total)
}
