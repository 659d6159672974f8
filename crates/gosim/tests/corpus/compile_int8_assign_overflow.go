// gosim: compile-error
package main

import "fmt"

func main() {
	var temp int8
	temp = 1000
	fmt.Println(temp)
}
