// gosim: compile-error
package main

import "fmt"

type T struct{ req int }

func (t *T) M() int { return t.req }

type PS *T

func main() {
	var p PS = &T{}
	fmt.Println(p.req, p.M())
}
