// gosim: compile-error
package main

import "fmt"

func kind(v any) string {
	// The symbol is declared for every clause; none of them reads it.
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	fmt.Println(kind(3))
}
