// gosim: compile-error
package main

import "io"

type counter struct{ n int }

// counter has no Read method: the case can never match what an io.Reader holds.
func kind(r io.Reader) string {
	switch r.(type) {
	case nil:
		return "nothing"
	case counter:
		return "a counter"
	}
	return "something else"
}

func main() {
	println(kind(nil))
}
