// A switch compares its tag with each case as `tag == case`: a tagless switch
// compares with true, so an interface holding true matches; a channel matches
// a receive-only view of itself; a non-interface tag is converted to an
// interface case's type before comparing.
package main

import "fmt"

type flag bool

func pick(i any) string {
	switch {
	case i:
		return "true"
	case false:
		return "false"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(pick(true), pick(false), pick(flag(true)), pick(1))

	ch := make(chan int)
	var recv <-chan int = ch
	switch ch {
	case recv:
		fmt.Println("same channel")
	default:
		fmt.Println("different")
	}
	other := make(chan int)
	switch recv {
	case other:
		fmt.Println("same channel")
	case ch:
		fmt.Println("recv is ch")
	}

	var p *int
	switch p {
	case any(nil):
		fmt.Println("nil interface")
	case nil:
		fmt.Println("nil pointer")
	}
	n := 3
	switch n {
	case any(3.0):
		fmt.Println("float 3")
	case any(3):
		fmt.Println("int 3")
	}
	var s fmt.Stringer
	switch {
	case s == nil:
		fmt.Println("nil Stringer")
	}
}
