// gosim: compile-error
package main

// A package variable initialised by calling a function with no result on the
// results of a multi-value call (the compiler once crashed here, outside any function).

func f() func(int, int) { return func(int, int) {} }

func g() (int, int) { return 0, 0 }

var _ = f()(g())

func main() {}
