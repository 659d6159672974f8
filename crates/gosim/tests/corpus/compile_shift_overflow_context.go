// gosim: compile-error
package main

func main() {
	s := uint(2)
	var q uint8 = ^0 << s
	_ = q
}
