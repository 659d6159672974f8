package main

import (
	"fmt"
	"sync"
)

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }
func (b *Box[T]) Set(v T)       { b.v = v }

func Id[T any](x T) T { return x }

func Show[T any](wg *sync.WaitGroup, x T) {
	defer wg.Done()
	fmt.Println("show", x)
}

type Holder struct {
	b  Box[int]
	ch chan Box[string]
}

func main() {
	var f func(int) int = Id
	fmt.Println(f(5))
	b := Box[int]{1}
	set := b.Set
	set(9)
	fmt.Println(b, b.String())
	var s fmt.Stringer = Box[bool]{true}
	fmt.Println(s)
	get := func(b Box[string]) string { return b.String() }
	fmt.Println(get(Box[string]{"x"}))
	var wg sync.WaitGroup
	wg.Add(1)
	go Show(&wg, "a")
	wg.Wait()
	wg.Add(1)
	go Show[int](&wg, 2)
	wg.Wait()
	h := Holder{ch: make(chan Box[string], 1)}
	h.ch <- Box[string]{"ch"}
	fmt.Println(h.b, <-h.ch)
	defer fmt.Println(Id[string]("deferred"))
	fmt.Printf("%v %+v %T\n", []Box[int]{{1}, {2}}, map[string]Box[float64]{"k": {1.5}}, h.ch)
}
