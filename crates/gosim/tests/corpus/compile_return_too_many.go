// gosim: compile-error
package main

func three() (int, int, int) { return 1, 2, 3 }

func g() (int, int) {
	return three()
}

func main() { g() }
