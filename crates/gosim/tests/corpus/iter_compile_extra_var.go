// gosim: compile-error
package main

import "fmt"

type Seq func(func(int) bool)

func main() {
	var one Seq = func(yield func(int) bool) { yield(1) }
	for x, y := range one {
		fmt.Println(x, y)
	}
}
