package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(target int) (int, bool) {
	for x := range Count(10) {
		if x == target {
			return x * 10, true
		}
	}
	return -1, false
}

func named() (n int) {
	defer fmt.Println("named deferred")
	for x := range Count(5) {
		n += x
		defer fmt.Println("defer in body", x)
		if x == 3 {
			return
		}
	}
	return 99
}

func main() {
	sum := 0
	for x := range Count(5) {
		if x == 1 {
			continue
		}
		sum += x
	}
	fmt.Println("sum", sum)
	for k, v := range Pairs {
		fmt.Println(k, v)
		if k == "b" {
			break
		}
	}
	fmt.Println(find(4))
	fmt.Println(find(40))
	fmt.Println(named())
outer:
	for i := range 3 {
		for x := range Count(4) {
			if x == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, x)
		}
	}
	n := 0
	for range Count(3) {
		n++
	}
	fmt.Println("n", n)
L:
	for a := range Count(3) {
		for b := range Count(3) {
			if b > a {
				continue L
			}
			if a == 2 && b == 1 {
				break L
			}
			fmt.Println("ab", a, b)
		}
	}
}
