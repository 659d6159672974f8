// Types and constants may be declared again in an inner block, shadowing the outer ones.
package main

import "fmt"

type Unit int

const label = "outer"

func main() {
	const label = "function"
	type Unit string
	var u Unit = "metre"
	fmt.Printf("%s %v %T\n", label, u, u)
	for i := range 2 {
		type Unit struct{ n int }
		const label = "loop"
		fmt.Printf("%s %+v %T\n", label, Unit{i}, Unit{i})
	}
	{
		type pair = [2]Unit
		var p pair
		p[0] = "a"
		fmt.Printf("%q %T\n", p, p)
	}
	fmt.Println(label, Unit("x"))
	switch v := any(u).(type) {
	case Unit:
		fmt.Println("local Unit", v)
	case string:
		fmt.Println("string", v)
	}
}
