// gosim: compile-error
package main

func F[T any, U T](x T) {}

func main() {}
