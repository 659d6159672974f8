package main

import "fmt"

// Which operations gc hoists with the calls (len, append, slicing, receives,
// assertions to non-pointer types) and which stay plain reads (indexing,
// conversions, assertions to pointers).
var g int
var gs = "ab"
var gi any = 5

func inc() int { g++; gs += "x"; return g }

func main() {
	s := []int{1, 2, 3, 4}
	g = 0
	fmt.Println("slice bound name", s[g:inc()])
	g = 0
	fmt.Println("slice bound expr", s[g+0:inc()])
	g = 0
	fmt.Println("slice first", s[g:], inc())
	g = 0
	fmt.Println("append", append([]int{g}, inc()), g)
	g = 0
	t := []int{5, 6}
	fmt.Println("append writes first", t[0], append(t[:0], 9), t[0])
	g = 0
	fmt.Println("len", len(gs), inc(), len(gs))
	g = 0
	fmt.Println("min", min(g, 5), inc())
	g = 0
	fmt.Println("index", s[g], inc())
	g = 0
	fmt.Println("string bytes", string([]byte(gs)[g:]), inc())
	g = 0
	fmt.Println("conversion", float64(g), string(rune('a'+g)), inc())
	g = 0
	fmt.Println("new", *new(int)+g, inc())
	fmt.Println("assert int", gi.(int), func() int { gi = 7; return 0 }())
	gi = 5
	x, y := 1, 2
	var gp any = &x
	fmt.Println("assert ptr", *gp.(*int), func() int { gp = &y; return 0 }())
	g = 0
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println("recv", g, <-ch, inc(), <-ch)
	g = 0
	ch <- g + inc()
	fmt.Println("send", <-ch)
	g = 0
	ch <- 7
	arr := []int{0, 0}
	var ok bool
	arr[g], ok = <-ch
	fmt.Println("comma-ok", arr, ok)
	g = 0
	select {
	case ch <- g + inc():
	}
	fmt.Println("select send", <-ch)
}
