// gosim: compile-error
// A local constant's scope begins after its spec, so tau cannot use pi.
package main

import "fmt"

func main() {
	const pi, tau = 3.14159265358979323846264, pi * 2
	fmt.Println(tau)
}
