// gosim: compile-error
package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	for _, _ := range words {
		fmt.Println("x")
	}
}
