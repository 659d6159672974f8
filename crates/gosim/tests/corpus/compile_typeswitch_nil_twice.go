// gosim: compile-error
// A type switch with two nil clauses.
package main

import "fmt"

func kind(err error) string {
	switch err.(type) {
	case nil:
		return "no error"
	case interface{ Timeout() bool }:
		return "timeout"
	case nil:
		return "still none"
	}
	return "other"
}

func main() {
	fmt.Println(kind(nil))
}
