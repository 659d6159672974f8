// gosim: refused 9:7: not supported here: float32
package main

import "fmt"

// A valid program with a float32 field: refused by name, never "undefined".
type Vertex struct {
	Name string
	X, Y float32
}

func main() {
	v := Vertex{"a", 1.5, 2.25}
	fmt.Println(v.Name, v.X+v.Y)
}
