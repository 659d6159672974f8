package main

import "fmt"

// gc runs every call of a statement before its plain reads: the spec leaves
// the order unspecified, and programs see gc's.
var g int

func inc() int { g++; return g }

type T struct{ a, b int }

func set99(p *int) int { *p = 99; return *p }

func main() {
	g = 0
	fmt.Println(g, inc(), g)
	g = 0
	a := g + inc()
	fmt.Println(a)
	g = 0
	fmt.Println([]int{g, inc(), g})
	g = 0
	fmt.Println(T{g, inc()})
	g = 0
	arr := []int{0, 0, 0}
	arr[g] = inc()
	fmt.Println(arr)
	g = 0
	if g != inc() {
		fmt.Println("differ")
	} else {
		fmt.Println("same")
	}
	g = 0
	fmt.Println(-g + inc())
	g = 0
	pg := &g
	fmt.Println(*pg + inc())
	g = 0
	fmt.Println([]int{1, 2, 3}[g:inc()])
	x := 0
	y, z := x+1, set99(&x)
	fmt.Println(y, z)
	{
		x, y := 0, 7
		f := func() int { x++; y++; return x }
		fmt.Println(f(), y, f())
	}
	g = 0
	fmt.Println(g == 0 && inc() == 1, g)
	g = 0
	fmt.Println(g, g == 0 || inc() == 1, g)
	g = 0
	fmt.Println(true && g == inc())
	g = 0
	fmt.Println(add(g, inc()), g*10+inc())
	g = 0
	fmt.Println(fmt.Sprint(g, inc(), g), len(fmt.Sprint(g)))
	g = 0
	g += inc()
	fmt.Println(g)
	g = 0
	for i := 0; g < inc() && i < 3; i++ {
		fmt.Println("loop", i)
	}
	g = 0
	switch g + inc() {
	case 2:
		fmt.Println("switch two")
	default:
		fmt.Println("switch other")
	}
	fmt.Println(ret())
}

func add(a, b int) int { return a*10 + b }

func ret() (int, int) { g = 0; return g, inc() }
