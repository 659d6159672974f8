// A local array sliced in place: the slice and the array share memory, both ways.
package main

import "fmt"

func fill(s []int) {
	for i := range s {
		s[i] = i * i
	}
}

func main() {
	var a [5]int
	s := a[1:4]
	s[0] = 10
	a[2] = 20
	fmt.Println(a, s, len(s), cap(s))
	fill(a[:])
	fmt.Println(a, s)
	p := &a
	t := p[3:]
	t[1] = -1
	fmt.Println(a, t)
	b := [3]string{"x", "y", "z"}
	u := b[:]
	b[0] = "changed"
	u = append(u, "w")
	u[1] = "after append"
	fmt.Println(b, u)
}
