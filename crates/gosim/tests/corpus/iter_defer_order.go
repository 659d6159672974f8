package main

import "fmt"

func items(yield func(string) bool) {
	fmt.Println("iterator start")
	for _, s := range []string{"a", "b", "c", "d"} {
		if !yield(s) {
			fmt.Println("iterator stop")
			return
		}
	}
	fmt.Println("iterator end")
}

func work() {
	defer fmt.Println("work: first defer")
	for s := range items {
		defer fmt.Println("work: deferred", s)
		if s == "c" {
			break
		}
		fmt.Println("work: body", s)
	}
	fmt.Println("work: after loop")
	defer fmt.Println("work: last defer")
}

func inner() int {
	n := 0
	func() {
		for s := range items {
			defer func() { n += len(s) }()
		}
		fmt.Println("closure: after loop, n =", n)
	}()
	return n
}

func main() {
	work()
	fmt.Println("inner returned", inner())
}
