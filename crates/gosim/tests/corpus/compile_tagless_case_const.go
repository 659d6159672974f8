// gosim: compile-error
// A constant case of a tagless switch must convert to bool.
package main

import "fmt"

func main() {
	switch {
	case 1:
		fmt.Println("one")
	}
}
