// gosim: refused 12:14: not supported here: map keys holding pointers to zero-size values (whether two are equal depends on Go's escape analysis)
package main

import "fmt"

type token struct{}

var registry []*token

func main() {
	a, b := new(token), new(token)
	seen := map[*token]bool{}
	registry = append(registry, a, b)
	seen[a] = true
	seen[b] = true
	fmt.Println(len(seen))
}
