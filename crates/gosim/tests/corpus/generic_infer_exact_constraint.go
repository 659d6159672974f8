// A type parameter whose constraint is one type with no tilde is inferred as
// that type, before an untyped constant argument's default: f(0) is f[byte](0).
package main

import "fmt"

func f[T byte](t T) T { return t + 1 }

type myInt int

func g[T myInt](t T) T { return t * 2 }

func h[T interface{ int8 }](t T) T { return t - 1 }

func main() {
	fmt.Printf("%T %v\n", f(0), f(255))
	fmt.Printf("%T %v\n", g(3), g(4))
	fmt.Printf("%T %v\n", h(3), h(-128))
}
