package main

import "fmt"

// Found while fuzzing (an integer literal mutated to 1 << 16): the zero value of a
// huge array type was built in full, 2^32 values, and the allocation failure aborted
// the process. Array and struct types of more than 1 << 22 values are refused.
type row [1 << 16]int

func main() {
	var grid [1 << 16]row
	fmt.Println(len(grid))
}
