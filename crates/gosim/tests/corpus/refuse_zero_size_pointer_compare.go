// gosim: refused 17:14: not supported here: comparing pointers to zero-size values (Go's answer depends on its escape analysis)
package main

// Pointers to zero-size values used as unique tokens: Go gives every one that
// escapes to the heap the same address, and folds == of stack ones to false.

import "fmt"

type token struct{}

var registry []*token

func main() {
	a, b := new(token), new(token)
	registry = append(registry, a, b)
	fmt.Println(a != nil, b != nil)
	fmt.Println(a == b)
}
