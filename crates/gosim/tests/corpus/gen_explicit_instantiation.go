package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Convert[From, To ~int | ~float64](x From) To {
	return To(x)
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int](), Zero[[]int]() == nil)
	fmt.Println(Convert[int, float64](3), Convert[float64, int](3.9))
	f := Convert[float64, float64]
	fmt.Printf("%T %v\n", f, f(2.5))
	g := Zero[map[string]int]
	fmt.Println(g() == nil, len(g()))
}
