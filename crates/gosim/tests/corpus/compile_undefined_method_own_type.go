// gosim: compile-error
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// A method missing from the program's own type keeps Go's message.
func main() {
	c := Celsius(21.5)
	fmt.Println(c.Fahrenheit())
}
