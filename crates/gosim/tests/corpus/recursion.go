package main

import (
	"fmt"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func permutations(s string) []string {
	if len(s) <= 1 {
		return []string{s}
	}
	var out []string
	for i := range s {
		rest := s[:i] + s[i+1:]
		for _, p := range permutations(rest) {
			out = append(out, s[i:i+1]+p)
		}
	}
	return out
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Printf("fib(%d)=%d\n", i, fib(i))
	}
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	moves = moves[:0]
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("10 disks:", len(moves), "moves, last", moves[len(moves)-1])
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	fmt.Println(permutations("abc"))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(20))
}
