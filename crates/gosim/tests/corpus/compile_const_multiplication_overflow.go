// gosim: compile-error
// An untyped integer constant may hold 512 bits, no more.
package main

import "fmt"

const limit = 1 << 511

func main() {
	fmt.Println(limit*2 > 0)
}
