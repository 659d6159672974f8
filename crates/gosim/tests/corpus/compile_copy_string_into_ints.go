// gosim: compile-error
// copy from a string fills only a byte slice; an int slice is a different element type.
package main

import "fmt"

func main() {
	codes := make([]int, 5)
	n := copy(codes, "hello")
	fmt.Println(n, codes)
}
