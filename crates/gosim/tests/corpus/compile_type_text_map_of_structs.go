// gosim: compile-error
// A struct literal nested in a map of slices keeps the checker's spelling.
package main

func main() {
	byName := map[string][]struct{ a, b int }{}
	var n int
	n = byName
	_ = n
}
