package main

import "fmt"

type Inner struct{ depth int }
type T struct {
	Inner
	req int
}

func (t *T) M() int { return t.req }

type PS *T

func main() {
	t := &T{req: 5}
	var p PS = t
	fmt.Println(p.req, p.depth)
	p.depth = 3
	p.req++
	fmt.Println(*t, (*p).M())
	q := &p
	fmt.Println((*q).req)
}
