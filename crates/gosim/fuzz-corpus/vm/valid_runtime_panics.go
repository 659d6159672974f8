package main

import "fmt"

// Each run-time panic the VM raises, recovered.
func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	zero, neg, big := 0, -1, 1<<62
	var m map[int]int
	var p *struct{ x int }
	var c chan int
	var a any = "s"
	var f func()
	s := []int{1, 2, 3}
	try("div", func() { fmt.Println(1 / zero) })
	try("mod", func() { fmt.Println(1 % zero) })
	try("minint", func() { fmt.Println((-1 << 63) / (neg + zero)) })
	try("shift", func() { fmt.Println(1 << neg) })
	try("index", func() { fmt.Println(s[big]) })
	try("slice", func() { fmt.Println(s[2:neg+2]) })
	try("slice3", func() { fmt.Println(s[1:2:big]) })
	try("makeslice", func() { fmt.Println(len(make([]int, neg))) })
	try("makebig", func() { fmt.Println(len(make([]int, big))) })
	try("makechan", func() { fmt.Println(cap(make(chan int, neg))) })
	try("nilmap", func() { m[1] = 2 })
	try("nilptr", func() { p.x = 1 })
	try("closenil", func() { close(c) })
	try("closetwice", func() { d := make(chan int); close(d); close(d) })
	try("sendclosed", func() { d := make(chan int, 1); close(d); d <- 1 })
	try("assert", func() { fmt.Println(a.(int)) })
	try("nilfunc", func() { f() })
	try("string", func() { fmt.Println("abc"[big]) })
	try("repanic", func() {
		defer func() { panic(fmt.Sprint("again: ", recover())) }()
		panic("first")
	})
	try("nil", func() { panic(nil) })
}
