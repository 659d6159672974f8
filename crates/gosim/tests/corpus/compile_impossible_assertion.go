// gosim: compile-error
package main

import "fmt"

// A Celsius reading has no String method, so no fmt.Stringer can ever hold one:
// the assertion is impossible and Go names it as written.
type Celsius struct{ degrees float64 }

func main() {
	var shown fmt.Stringer
	reading := shown.(*Celsius)
	fmt.Println(reading)
}
