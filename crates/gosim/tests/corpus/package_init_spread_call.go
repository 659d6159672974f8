package main

import "fmt"

// A package variable initialised by a call whose arguments are the results of a
// multi-value call: the engine keeps those results in temporaries of the entry
// function (it once had none there and the compiler crashed).

var calls []string

func f() func(int, int) int {
	calls = append(calls, "f")
	return func(a, b int) int { return a*10 + b }
}

func g() (int, int) {
	calls = append(calls, "g")
	return 4, 2
}

var x = f()(g())

var y = fmt.Sprint(g())

var _ = f()(g())

func main() {
	fmt.Println(x, y, calls)
}
