// gosim: refused 9:7: not supported here: float literal 1e-779137 (an exponent past ±20000)
// Go keeps a float constant this far out as a 512-bit float (this one rounds
// to 0 as a float64); the engine's constants are exact and refuse it.
package main

import "fmt"

func main() {
	x := 1e-779137
	fmt.Println(x == 0)
}
