package main

import "fmt"

// go and defer evaluate the call's operands now, in the same order as any
// statement: calls first.
var g int

func inc() int { g++; return g }

type T struct{ n int }

func (t T) Show(x int) { fmt.Println("show", t.n, x) }

func d1() {
	g = 0
	defer fmt.Println("deferred", g, inc(), g)
	g = 10
}

func d2() {
	var t T
	defer t.Show(inc())
	t = T{5}
}

func main() {
	d1()
	g = 0
	d2()
	g = 0
	done := make(chan bool)
	go func(a, b int) { fmt.Println("go", a, b); done <- true }(g, inc())
	<-done
	g = 0
	ready := make(chan int)
	go func() { g = 42; ready <- 1 }()
	fmt.Println("received", g, <-ready, g)
}
