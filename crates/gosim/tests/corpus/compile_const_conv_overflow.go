// gosim: compile-error
package main

import "fmt"

func main() {
	small := int8(-200)
	fmt.Println(small)
}
