package main

import "fmt"

func Counter[K comparable]() (func(K), func() map[K]int) {
	m := map[K]int{}
	return func(k K) { m[k]++ }, func() map[K]int { return m }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	add, get := Counter[string]()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		add(w)
	}
	fmt.Println(get())
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
}
