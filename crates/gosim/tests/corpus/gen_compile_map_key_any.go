// gosim: compile-error
package main

import "fmt"

func Key[T any](v T) map[T]int { return map[T]int{v: 1} }

func main() { fmt.Println(Key(1)) }
