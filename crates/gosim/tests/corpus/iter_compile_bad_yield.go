// gosim: compile-error
package main

import "fmt"

func main() {
	var bad func(func(int) int)
	for x := range bad {
		fmt.Println(x)
	}
}
