// gosim: compile-error
package main

func main() {
	p := new(nil)
	_ = p
}
