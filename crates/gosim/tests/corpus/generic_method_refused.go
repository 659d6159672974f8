// gosim: refused 14:18: not supported here: methods with type parameters
// Go 1.27 lets a method declare type parameters of its own; the engine refuses them
// by name rather than reporting Go 1.26's syntax error.
package main

import (
	"fmt"
	"strconv"
)

type Reading struct{ raw []int }

// Each converts every raw value with f.
func (r Reading) Each[Out any](f func(int) Out) []Out {
	out := make([]Out, 0, len(r.raw))
	for _, v := range r.raw {
		out = append(out, f(v))
	}
	return out
}

func main() {
	r := Reading{raw: []int{3, 14, 15}}
	fmt.Println(r.Each(strconv.Itoa))
	fmt.Println(r.Each(func(v int) float64 { return float64(v) / 2 }))
}
