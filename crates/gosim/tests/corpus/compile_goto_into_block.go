// gosim: compile-error
// A goto may not jump into a block it is not in.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto inside
		}
	}
	{
	inside:
		fmt.Println("in the block")
	}
}
