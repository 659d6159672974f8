// gosim: compile-error
package main

func main() {
	var three func(func() bool)
	for x := range three {
	}
}
