// An assertion to a type parameter is never impossible at compile time:
// Go checks the generic body once, where T could be anything. It fails
// (or succeeds) at run time with the instance's type.
package main

import "fmt"

type I interface {
	f()
	g()
}

type B bool

func (B) f() {}
func (B) g() {}

func as[T any](x I) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func kind[T any](x I) string {
	switch x.(type) {
	case T:
		return "T"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	fmt.Println(as[bool](B(true)))
	fmt.Println(as[B](B(true)))
	fmt.Println(as[int](nil))
	fmt.Println(kind[bool](B(true)), kind[B](B(false)), kind[string](nil))
}
