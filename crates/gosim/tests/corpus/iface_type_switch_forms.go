package main

import "fmt"

type I interface{ M() string }
type A struct{}
type B struct{ n int }

func (A) M() string  { return "A" }
func (*B) M() string { return "B" }

func main() {
	vals := []I{A{}, &B{1}, nil}
	for i, v := range vals {
		// no binding
		switch v.(type) {
		case A:
			fmt.Println(i, "is A")
		case *B:
			fmt.Println(i, "is *B")
		case nil:
			fmt.Println(i, "is nil")
		}
		// binding with init statement
		switch x := v; y := x.(type) {
		case *B:
			y.n++
			fmt.Println(i, "B now", y.n)
		case interface{ M() string }:
			fmt.Println(i, "M says", y.M())
		default:
			fmt.Printf("%d default %T %v\n", i, y, y)
		}
	}
	fmt.Println(vals[1].(*B).n)
	// a case with several types keeps the interface type
	var e any = A{}
	switch x := e.(type) {
	case A, *B:
		fmt.Printf("%T %v\n", x, x.(I).M())
	}
	// fallthrough is not allowed; the first matching case wins
	switch e.(type) {
	case I:
		fmt.Println("I first")
	case A:
		fmt.Println("A second")
	}
}
