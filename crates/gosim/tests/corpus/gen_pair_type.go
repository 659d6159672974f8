package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

type Point struct{ X, Y int }

func main() {
	p := MakePair("answer", 42)
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	q := Pair[Point, []string]{Point{1, 2}, []string{"x"}}
	fmt.Printf("%T\n", q)
	fmt.Println(q.Key, q.Val)
	var ps []Pair[string, int]
	ps = append(ps, MakePair("a", 1), MakePair("b", 2))
	fmt.Println(ps, len(ps))
}
