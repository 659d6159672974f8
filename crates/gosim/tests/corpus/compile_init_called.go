// gosim: compile-error
package main

import "fmt"

func init() {
	fmt.Println("init")
}

// init cannot be called or referred to: Go says it is undefined.
func main() {
	init()
}
