package main

import "fmt"

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var p any = &C{}
	if k, ok := p.(Counter); ok {
		k.Inc()
		fmt.Println("*C is a Counter:", p.(*C).n)
	}
	var v any = C{}
	_, ok := v.(Counter)
	fmt.Println("C is a Counter:", ok)
	k := v.(Counter)
	fmt.Println("never", k)
}
