package main

import "fmt"

// Package variables are initialised in dependency order, not source order: total
// needs prices, which needs rate, which needs base.
var total = sum(prices)

var prices = []float64{base * rate, 2 * base * rate}

var rate = lookupRate()

var base = 10.0

var trace []string

func lookupRate() float64 {
	trace = append(trace, fmt.Sprint("rate sees base ", base))
	return 1.5
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	trace = append(trace, fmt.Sprint("sum of ", len(xs)))
	return t
}

// A local named like a package variable is not a reference to it.
var a = shadow()

var b = 7

func shadow() int {
	b := 1
	return b + 1
}

var x, y = pair()

func pair() (int, int) { return b, b * 2 }

func main() {
	fmt.Println(total, prices, rate, base)
	fmt.Println(trace)
	fmt.Println(a, b, x, y)
}
