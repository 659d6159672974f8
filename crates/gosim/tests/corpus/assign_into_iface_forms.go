package main

import (
	"errors"
	"fmt"
)

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

type myErr struct{}

func (*myErr) Error() string { return "boom" }

func pair() (T, *myErr)         { return 3, nil }
func wrap() (fmt.Stringer, error) { return pair() }
func take(a any, b error) string  { return fmt.Sprint(a, " ", b == nil) }

type S struct {
	f any
	g fmt.Stringer
}

func main() {
	s, e := wrap()
	fmt.Println(s, e == nil)
	fmt.Println(take(pair()))
	xs := []any{T(1), 2}
	xs = append(xs, T(3))
	fmt.Println(xs)
	m := map[string]fmt.Stringer{"a": T(4)}
	fmt.Println(m)
	v := S{f: T(5), g: T(6)}
	fmt.Println(v.f, v.g)
	arr := [2]any{T(7)}
	fmt.Println(arr)
	var f func() (any, any) = func() (any, any) { return T(8), 9 }
	fmt.Println(f())
	p := &S{}
	var err2 error; p.f, err2 = pair(); p.g = T(0); _ = err2
	fmt.Println(p.f, p.g)
	var err error = (*myErr)(nil)
	fmt.Println(err == nil, errors.Is(err, err))
	ys := make([]any, 2)
	copy(ys, []any{T(10)})
	fmt.Println(ys)
	ch := make(chan fmt.Stringer, 1)
	go func() { ch <- T(11) }()
	fmt.Println(<-ch)
	var q any
	defer func() { fmt.Println("deferred", q) }()
	q = <-func() chan T { c := make(chan T, 1); c <- 12; return c }()
}
