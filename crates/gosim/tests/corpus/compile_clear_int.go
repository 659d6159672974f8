// gosim: compile-error
package main

func main() {
	x := 5
	clear(x)
}
