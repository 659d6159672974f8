package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

func main() {
	c := &Counter{}
	var x any = c
	x.(Incer).Inc()
	x.(Incer).Inc()
	fmt.Println(x.(Getter).Get(), c.n)
	var v any = *c // a copy in the interface
	c.Inc()
	fmt.Println(v.(Getter).Get(), c.Get())
	g := v.(Getter)
	cc := g.(Counter)
	cc.n = 100
	fmt.Println(g.Get(), cc.n)
	var gi Getter = c
	if inc, ok := gi.(Incer); ok {
		inc.Inc()
	}
	fmt.Println(gi.Get())
}
