// gosim: compile-error
package main

import "fmt"

func main() {
	done := true
	if done > false {
		fmt.Println("later")
	}
}
