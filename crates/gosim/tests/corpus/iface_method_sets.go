package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Val struct{ n int }

func (v Val) Get() int   { return v.n }
func (v *Val) Set(n int) { v.n = n }

func describe(x any) {
	_, g := x.(Getter)
	_, s := x.(Setter)
	_, gs := x.(GetSetter)
	fmt.Printf("%-9T Getter=%v Setter=%v GetSetter=%v\n", x, g, s, gs)
}

func main() {
	v := Val{1}
	describe(v)
	describe(&v)
	var gs GetSetter = &v
	gs.Set(7)
	fmt.Println(gs.Get(), v.n)
	var g Getter = v // a copy
	v.Set(9)
	fmt.Println(g.Get(), v.Get())
	var g2 Getter = &v
	v.Set(11)
	fmt.Println(g2.Get())
}
