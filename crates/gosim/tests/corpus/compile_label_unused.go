// gosim: compile-error
// A label nothing jumps to or breaks out of is a compile error.
package main

import "fmt"

func main() {
	sum := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			sum += j
		}
	}
	fmt.Println(sum)
}
