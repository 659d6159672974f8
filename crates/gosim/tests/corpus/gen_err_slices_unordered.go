// gosim: compile-error
package main

import (
	"fmt"
	"slices"
)

func main() {
	fs := []func(){}
	slices.Sort(fs)
	fmt.Println(len(fs))
}
