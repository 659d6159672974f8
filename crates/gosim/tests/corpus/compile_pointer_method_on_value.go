// gosim: compile-error
// A pointer method called on a value that has no address: Go names the method and
// the receiver's type, at the method's name.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func fresh() counter { return counter{} }

func main() {
	var c counter
	c.inc()
	fmt.Println(c.n)
	fresh().inc()
}
