// gosim: compile-error
package main

import "fmt"

func main() {
	const rate = 1.5
	var whole int = rate
	fmt.Println(whole)
}
