package main

import "fmt"

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	src := Generate(1, 2, 3, 4)
	doubled := Stage(src, func(n int) int { return n * 2 })
	labels := Stage(doubled, func(n int) string { return fmt.Sprint("n", n) })
	fmt.Println(Collect(labels))
}
