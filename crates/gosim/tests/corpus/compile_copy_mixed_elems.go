// gosim: compile-error
// copy between slices whose element types differ, even with the same size.
package main

import "fmt"

type Celsius float64

func main() {
	raw := []float64{20.5, 21, 19.75}
	temps := make([]Celsius, len(raw))
	copy(temps, raw)
	fmt.Println(temps)
}
