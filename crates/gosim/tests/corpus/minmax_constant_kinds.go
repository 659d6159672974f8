package main

import "fmt"

// min and max of constants only are constants: their type is a typed argument's,
// or else the widest untyped kind among the arguments.

const limit int8 = 3

func main() {
	fmt.Printf("%T %v\n", min(1, 2.5), min(1, 2.5))
	fmt.Printf("%T %v\n", max(4, 'A'), max(4, 'A'))
	fmt.Printf("%T %v\n", min(limit, 100), max(2.0, limit))
	fmt.Printf("%T %q\n", min("pear", "apple", "fig"), max("pear", "apple"))
	var f any = max(1, 2, 3.0)
	fmt.Printf("%T %v\n", f, f)
}
