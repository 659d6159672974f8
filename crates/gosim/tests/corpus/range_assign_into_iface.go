// Range, comma-ok and select assignments into interface-typed variables.
package main

import "fmt"

type myErr struct{}

func (*myErr) Error() string { return "boom" }

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }

func two() (int, *myErr) { return 1, nil }
func twoT() (T, T)       { return 4, 5 }

func main() {
	// range into interface variables
	var a, b any
	for a, b = range []T{7} {
	}
	fmt.Println(a, b)
	for a = range map[T]int{8: 1} {
	}
	fmt.Println(a)
	for a, b = range "é" {
	}
	fmt.Println(a, b)
	ch := make(chan int, 2)
	ch <- 3
	close(ch)
	for a = range ch {
	}
	fmt.Println(a)
	for a = range 3 {
	}
	fmt.Println(a)
	// comma-ok forms into interface variables
	var ok, ok2 any
	m := map[string]int{"k": 2}
	a, ok = m["k"]
	fmt.Println(a, ok)
	c := make(chan T, 1)
	c <- 6
	a, ok2 = <-c
	fmt.Println(a, ok2)
	var x any = T(9)
	var s fmt.Stringer
	s, ok = x.(T)
	fmt.Println(s, ok)
	// tuple assignment from a call
	var n any
	var e error
	n, e = two()
	fmt.Println(n, e == nil)
	var s1, s2 fmt.Stringer
	s1, s2 = twoT()
	fmt.Println(s1, s2)
	// parallel assignment, op-assign
	a, b = 1, T(2)
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	// returns and sends
	fmt.Println(ret())
	ic := make(chan any, 1)
	ic <- T(3)
	fmt.Println(<-ic)
	var arr [1]fmt.Stringer
	arr[0], ok = x.(T)
	fmt.Println(arr, ok)
	// select receive with define
	c <- 11
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	}
	// compound literal with iface element, map index assignment
	mm := map[string]any{}
	mm["a"], ok = m["k"]
	fmt.Println(mm, ok)
}

func ret() (any, fmt.Stringer) {
	v, w := T(1), T(2)
	return v, w
}
