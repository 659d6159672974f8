// gosim: compile-error
// A pointer method is not in the value type's method set, so T.M cannot name it.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	c := counter{}
	inc := counter.inc
	inc(c)
	fmt.Println(c.n)
}
