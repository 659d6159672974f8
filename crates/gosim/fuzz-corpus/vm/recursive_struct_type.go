package main

// Found by mutating the corpus (`type int struct { ...; Points int }`): a struct type
// that contains itself by value sent the compiler's zero-value walk into endless
// recursion (a stack overflow, which aborts the process). Go rejects it:
// "invalid recursive type T".
type T struct {
	x int
	t T
}

type A struct{ b [2]B }
type B struct{ a A }

func main() {
	type L struct{ l L }
	var t T
	var a A
	var l L
	_, _, _ = t, a, l
}
