package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[int64](10, 20))
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Println(Sum(temps...), Average(temps))
	fmt.Printf("%T %T\n", Sum(temps...), Sum(1, 2.5))
}
