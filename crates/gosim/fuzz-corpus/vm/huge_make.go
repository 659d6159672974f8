package main

import "fmt"

// make of a slice whose elements are large arrays: the heap limit counted two words
// per element whatever its size, so a 24 GB allocation went ahead and aborted the
// process. The limit now counts every value of each element.
func main() {
	s := make([][1 << 20]int, 1000)
	fmt.Println(len(s))
}
