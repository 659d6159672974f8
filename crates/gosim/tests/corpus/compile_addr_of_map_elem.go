// gosim: compile-error
// A map element has no address; Go reports it at the operand, as a map index
// expression.
package main

import "fmt"

type player struct{ score int }

func main() {
	players := map[string]player{"anna": {1}}
	fmt.Println(players)
	p := &players["anna"]
	p.score++
}
