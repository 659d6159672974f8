// gosim: compile-error
// An interface type literal in a message: `interface{...}`, its methods sorted by name.
package main

func main() {
	var shape interface {
		Name() string
		Area(float64) float64
	}
	var n int
	n = shape
	_ = n
}
