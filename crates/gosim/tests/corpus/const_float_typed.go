// A typed float64 constant holds a float64's value, and each operation on typed
// constants rounds its result to float64, as the type checker does.
package main

import "fmt"

const (
	a float64 = 0.1
	b float64 = 0.2
	c         = a + b // typed: float64(0.1) + float64(0.2), rounded
	d         = 0.1 + 0.2
	e float64 = d
)

type Celsius float64

const boiling Celsius = 100.0 / 3

func main() {
	fmt.Println(c, d, e, c == e, a+0.2, float64(0.1)+0.2)
	fmt.Println(boiling, boiling*3, boiling*3 == 100)
	fmt.Println(float64(1)/3*3 == 1, 1.0/3*3 == 1)
	var x float64 = 1 / 3.0 * 3
	fmt.Println(x, x == 1)
	fmt.Printf("%T %v\n", c, c*10)
}
