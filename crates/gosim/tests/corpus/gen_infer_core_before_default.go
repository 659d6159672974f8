package main

// Type inference takes core types before it gives untyped constants their
// default type: in Index(prices, 0) with S ~[]E, E is float64 (from prices),
// not int (from the constant 0).

import (
	"fmt"
	"slices"
)

type Celsius float64

func IndexOf[S ~[]E, E comparable](s S, v E) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Clamp[S ~[]E, E ~int | ~float64](s S, lo, hi E) S {
	out := make(S, len(s))
	for i, x := range s {
		out[i] = min(max(x, lo), hi)
	}
	return out
}

func main() {
	prices := []float64{9.5, 0, 3}
	fmt.Println(IndexOf(prices, 0), IndexOf(prices, 3), slices.Contains(prices, 2))
	fmt.Println(slices.Index(prices, 9.5), slices.Max(prices))

	temps := []Celsius{-5, 12.5, 40}
	clamped := Clamp(temps, 0, 30)
	fmt.Printf("%v %T\n", clamped, clamped)
	fmt.Println(Clamp([]int{-3, 7, 99}, 0, 10))
}
