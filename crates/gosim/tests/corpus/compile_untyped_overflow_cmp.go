// gosim: compile-error
package main

import "fmt"

func main() {
	var level int8
	if level < 1000 {
		fmt.Println("low")
	}
}
