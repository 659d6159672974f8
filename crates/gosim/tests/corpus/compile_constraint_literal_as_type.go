// gosim: compile-error
// A type-set interface written inline as a variable's type: only constraints may use it.
package main

import "fmt"

type Integer interface{ ~int | ~int64 }

func Double[T Integer](x T) T { return x * 2 }

func main() {
	fmt.Println(Double(21))
	var n interface{ ~int | ~int64 } = 5
	fmt.Println(n)
}
