package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Clamp[T Number](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

type Ring[T any] struct {
	buf  []T
	next int
}

func (r *Ring[T]) Put(v T) {
	r.buf[r.next%len(r.buf)] = v
	r.next++
}

func main() {
	fmt.Println("generic declarations nothing instantiates are still checked")
}
