// new(expr), Go 1.26: the operand may be a value, whose (default) type the pointer gets.
package main

import "fmt"

type T struct{ a int }

func f() int { return 7 }

func main() {
	p := new(42)
	q := new(2.5)
	r := new("s")
	s := new(T{3})
	t := new(f())
	u := new('x')
	var x uint8 = 3
	v := new(x + 1)
	w := new(1 << 3)
	fmt.Printf("%T %v %T %v %T %v %T %v %T %v %T %v %T %v %T %v\n", p, *p, q, *q, r, *r, s, *s, t, *t, u, *u, v, *v, w, *w)
	*p = 1
	fmt.Println(*p, new(true) != nil, *new([]int{1, 2}))
}
