// gosim: compile-error
package main

import "fmt"

func main() {
	ok := len("ab") > 1
	n := 3
	if ok && n {
		fmt.Println(n)
	}
}
