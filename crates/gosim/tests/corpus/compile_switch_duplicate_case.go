// gosim: compile-error
package main

import "fmt"

type Level int

const Debug Level = 1

func main() {
	var lv Level = 2
	// Two cases with the same constant (after conversion to the tag's type) are an error.
	switch lv {
	case Debug:
		fmt.Println("debug")
	case 2, 1:
		fmt.Println("other")
	}
}
