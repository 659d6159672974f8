// gosim: compile-error
package main

import "fmt"

func main() {
	var pairs func(func(string, int) bool)
	for k, v := range pairs {
		fmt.Println(k)
	}
}
