package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "at most one")
		fallthrough
	case 2, 3:
		out = append(out, "small")
	case 4:
		out = append(out, "four")
	default:
		out = append(out, "big")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Printf("%d:%s ", s, grade(s))
	}
	fmt.Println()
	for n := 0; n <= 5; n++ {
		fmt.Println(n, describe(n))
	}

	switch x := 5 * 3; {
	case x > 10:
		fmt.Println("x big", x)
	}

	switch c := 'e'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println(string(c), "is a vowel")
	default:
		fmt.Println(string(c), "is a consonant")
	}

	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	default:
		fmt.Println("default can come first")
	case calls > 100:
		fmt.Println("unreachable")
	}
}
