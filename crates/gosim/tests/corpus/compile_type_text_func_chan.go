// gosim: compile-error
// A func type with a variadic empty interface, and a channel of receive-only channels
// (parenthesized) in one message.
package main

func main() {
	var pipes chan (<-chan struct{})
	var done func(...interface{}) (int, error)
	pipes = done
	_ = pipes
}
