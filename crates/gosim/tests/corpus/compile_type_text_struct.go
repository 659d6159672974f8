// gosim: compile-error
// A struct type literal in a message: Go's checker writes it with no spaces inside
// the braces, each field on its own (`y, z string` becomes `y string; z string`).
package main

type T struct{}

func main() {
	var point struct {
		x    int
		y, z string
		error
		t *T `json:"t"`
	}
	var n int = point
	_ = n
}
