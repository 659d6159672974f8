// gosim: compile-error
// The empty interface in a message is `interface{}` (the runtime writes `interface {}`).
package main

import "fmt"

func main() {
	var box interface{} = 3
	var n int = box
	fmt.Println(n)
}
