package main

import "fmt"

// float32 fields hold float32 values; their sum is float32 arithmetic.
type Vertex struct {
	Name string
	X, Y float32
}

func main() {
	v := Vertex{"a", 1.5, 2.25}
	fmt.Println(v.Name, v.X+v.Y)
}
