// gosim: compile-error
package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Mod[T Num](a, b T) T { return a % b }

func main() { fmt.Println(Mod(7, 3)) }
