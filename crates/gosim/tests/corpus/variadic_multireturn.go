package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return fmt.Sprintf("%d parts: %s", len(parts), strings.Join(parts, sep))
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func minMax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi, true
}

func describe(prefix string, vals ...any) string {
	return prefix + fmt.Sprint(len(vals)) + fmt.Sprint(vals...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(join("-"), "|", join("-", "a"), "|", join("+", "x", "y", "z"))

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println(r2)

	fmt.Println(minMax(4, -2, 9, 3))
	fmt.Println(minMax())
	lo, hi, ok := minMax(nums...)
	fmt.Printf("lo=%d hi=%d ok=%t\n", lo, hi, ok)

	fmt.Println(describe("n=", 1, "a", true))
	fmt.Println(describe("n="))

	swap := func(a, b string) (string, string) { return b, a }
	x, y := swap("first", "second")
	fmt.Println(x, y)
	fmt.Println(swap(swap("p", "q")))
}
