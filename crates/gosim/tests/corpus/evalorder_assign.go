package main

import "fmt"

// Assignments: the operands of indexes and pointers on the left are read after
// the calls on both sides; a tuple assignment evaluates every place first and
// stores left to right (range and select assignments too).
var g int
var arr [4]int

func inc() int { g++; return g }

func two() (int, int) { g++; return g * 10, g * 100 }

type S struct{ a, b int }

func main() {
	g = 0
	arr = [4]int{}
	arr[g], arr[inc()] = inc(), g
	fmt.Println(arr, g)
	g = 0
	m := map[int]int{}
	m[g] = inc()
	fmt.Println(m)
	g = 0
	arr = [4]int{}
	arr[g] += inc()
	fmt.Println(arr)
	g = 0
	arr = [4]int{}
	arr[g], g = two()
	fmt.Println(arr, g)
	g = 0
	var c, d = g, inc()
	fmt.Println(c, d)
	var e = g + inc()
	fmt.Println(e)
	var gs S
	ps := &gs
	g = 0
	ps.a, ps.b = g, inc()
	fmt.Println(gs)
	g = 0
	*ps = S{g, inc()}
	fmt.Println(gs)
	g = 0
	arr = [4]int{}
	arr[g], arr[g+1] = inc(), inc()
	fmt.Println(arr)
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
	}
	fmt.Println(i, x)
	y := []int{1, 2, 3}
	r := rune(1)
	for y[r], r = range "\x02" {
	}
	fmt.Println(r, y)
	k := 1
	mm := map[int]int{}
	for k, mm[k] = range map[int]int{5: 50} {
	}
	fmt.Println(k, mm)
	ch := make(chan int, 1)
	ch <- 7
	j := 0
	z := []int{0, 0}
	var ok bool
	select {
	case z[j], ok = <-ch:
	}
	fmt.Println(z, ok)
}
