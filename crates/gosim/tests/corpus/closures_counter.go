package main

import "fmt"

// makeCounter returns a function that remembers how many times it was called.
func makeCounter(start int) func() int {
	count := start
	return func() int {
		count++
		return count
	}
}

func makeAccumulator() (func(int), func() int) {
	total := 0
	add := func(n int) { total += n }
	get := func() int { return total }
	return add, get
}

func main() {
	a := makeCounter(0)
	b := makeCounter(10)
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a())

	add, get := makeAccumulator()
	for i := 1; i <= 5; i++ {
		add(i * i)
	}
	fmt.Println("sum of squares:", get())

	x := 1
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println("x after two doubles:", x)

	fib := func() func() int {
		p, q := 0, 1
		return func() int {
			r := p
			p, q = q, p+q
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Printf("%d ", fib())
	}
	fmt.Println()
}
